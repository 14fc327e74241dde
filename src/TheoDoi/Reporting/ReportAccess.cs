using System.Security.Claims;
using TheoDoi.Accounts;

namespace TheoDoi.Reporting;

/// <summary>
/// Who may do what with a unit's report: its own unit's reporters write and submit it; coordinators
/// review (return, accept) and grant late entry; leaders and admins read every report; nobody else
/// reads another unit's draft.
/// </summary>
public sealed record ReportAccess(bool CanRead, bool CanWrite, bool CanReview)
{
    public static ReportAccess For(ClaimsPrincipal user, string unitCode)
    {
        var own = user.IsInRole(Roles.Reporter) && string.Equals(user.UnitCode(), unitCode, StringComparison.OrdinalIgnoreCase);
        var coordinator = user.IsInRole(Roles.Coordinator);
        var reader = coordinator || user.IsInRole(Roles.Leader) || user.IsInRole(Roles.Admin);
        return new ReportAccess(own || reader, own, coordinator);
    }
}
