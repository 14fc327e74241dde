using Microsoft.AspNetCore.Identity;

namespace TheoDoi.Accounts;

public sealed class AppUser : IdentityUser
{
    /// <summary>The unit a reporter reports for; null for roles that work across units.</summary>
    public string? UnitCode { get; set; }
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }
}
