using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Accounts;

/// <summary>Creates an account with one role; a reporter must name a unit that exists today.</summary>
public sealed class CreateUser(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AppDbContext db, TimeProvider clock)
{
    public sealed record Request(string Username, string Role, string? UnitCode, string Password, string? DisplayName = null, string? Email = null);

    /// <returns>Done with the new account, or the reasons it was refused.</returns>
    public async Task<UseCaseResult<AppUser>> RunAsync(Request request, CancellationToken cancellationToken = default)
    {
        var errors = new List<Bilingual>();
        if (!Roles.All.Contains(request.Role))
        {
            errors.Add(new($"Không có vai trò '{request.Role}' (một trong: {string.Join(", ", Roles.All)}).", $"unknown role '{request.Role}' (one of: {string.Join(", ", Roles.All)})"));
        }

        if (request.Role == Roles.Reporter && string.IsNullOrWhiteSpace(request.UnitCode))
        {
            errors.Add(new("Tài khoản báo cáo phải gắn với một đơn vị: hãy chọn đơn vị (--unit MÃ).", "a reporter must be bound to a unit: give --unit CODE"));
        }

        if (request.UnitCode is { Length: > 0 } code)
        {
            var today = VietnamTime.Today(clock);
            var exists = await db.Units.AnyAsync(
                u => u.Code == code && (u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || u.ValidTo >= today),
                cancellationToken);
            if (!exists)
            {
                errors.Add(new($"Hôm nay không có đơn vị mã '{code}'.", $"no unit with code '{code}' exists today"));
            }
        }

        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(existing => existing.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var user = new AppUser
        {
            UserName = request.Username,
            UnitCode = string.IsNullOrWhiteSpace(request.UnitCode) ? null : request.UnitCode,
            DisplayName = request.DisplayName,
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Refused(created);
        }

        var added = await users.AddToRoleAsync(user, request.Role);
        return added.Succeeded ? UseCaseResult.Done(user) : Refused(added);
    }

    /// <summary>Identity's own reasons (a password too short…), which it words in English only.</summary>
    private static UseCaseResult Refused(IdentityResult result) =>
        UseCaseResult.Invalid([.. result.Errors.Select(e => new Bilingual(e.Description, e.Description))]);
}
