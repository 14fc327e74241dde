using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Accounts;

/// <summary>
/// What an administrator does to an existing account — the same rules for `theodoi user …` and the
/// /admin/users page. Every change is audited (the EF interceptor records the user and role rows)
/// and changes the security stamp, so the account's tokens and cookies stop working at once.
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AppDbContext db, TimeProvider clock)
{
    /// <summary>An account an admin disabled stays locked until enabled again.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<UseCaseResult> SetRoleAsync(string username, string role, CancellationToken cancellationToken = default)
    {
        if (await users.FindByNameAsync(username) is not { } user)
        {
            return Missing(username);
        }

        if (await RoleAndUnitProblemAsync(role, user.UnitCode, cancellationToken) is { } problem)
        {
            return problem;
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && role != Roles.Admin && await IsLastAdminAsync(user))
        {
            return LastAdmin();
        }

        foreach (var name in Roles.All.Where(r => !roles.Roles.Any(existing => existing.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(name));
        }

        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        return await RevokeAsync(user);
    }

    public async Task<UseCaseResult> SetUnitAsync(string username, string? unitCode, CancellationToken cancellationToken = default)
    {
        if (await users.FindByNameAsync(username) is not { } user)
        {
            return Missing(username);
        }

        var unit = string.IsNullOrWhiteSpace(unitCode) ? null : unitCode.Trim();
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
        if (await RoleAndUnitProblemAsync(role, unit, cancellationToken) is { } problem)
        {
            return problem;
        }

        user.UnitCode = unit;
        return await RevokeAsync(user);
    }

    /// <summary>Sets a new random password and returns it; it is shown once and never stored in clear.</summary>
    public async Task<UseCaseResult<string>> ResetPasswordAsync(string username)
    {
        if (await users.FindByNameAsync(username) is not { } user)
        {
            return Missing(username);
        }

        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
        // Both steps change the security stamp, so the old password's tokens and cookies end here.
        await users.RemovePasswordAsync(user);
        var added = await users.AddPasswordAsync(user, password);
        return added.Succeeded ? UseCaseResult.Done(password) : Failed(added);
    }

    /// <summary>Disables (locks) an account until an admin enables it; its sessions end now.</summary>
    public async Task<UseCaseResult> DisableAsync(string username)
    {
        if (await users.FindByNameAsync(username) is not { } user)
        {
            return Missing(username);
        }

        if (await users.IsInRoleAsync(user, Roles.Admin) && await IsLastAdminAsync(user))
        {
            return LastAdmin();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DisabledUntil);
        return await RevokeAsync(user);
    }

    /// <summary>Enables a disabled account (sign-in delays from failed passwords end by themselves).</summary>
    public async Task<UseCaseResult> EnableAsync(string username)
    {
        if (await users.FindByNameAsync(username) is not { } user)
        {
            return Missing(username);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return UseCaseResult.Ok;
    }

    public async Task<UseCaseResult> DeleteAsync(string username)
    {
        if (await users.FindByNameAsync(username) is not { } user)
        {
            return Missing(username);
        }

        if (await users.IsInRoleAsync(user, Roles.Admin) && await IsLastAdminAsync(user))
        {
            return LastAdmin();
        }

        var deleted = await users.DeleteAsync(user);
        return deleted.Succeeded ? UseCaseResult.Ok : Failed(deleted);
    }

    public static bool IsDisabled(AppUser user, DateTimeOffset now)
    {
        return user.LockoutEnabled && user.LockoutEnd > now;
    }

    /// <summary>The rules of `user add`: a known role, a reporter bound to a unit, a unit that exists today.</summary>
    public async Task<UseCaseResult?> RoleAndUnitProblemAsync(string role, string? unitCode, CancellationToken cancellationToken)
    {
        var problems = new List<Bilingual>();
        if (!Roles.All.Contains(role))
        {
            problems.Add(new($"Vai trò '{role}' không có (một trong: {string.Join(", ", Roles.All)}).",
                $"unknown role '{role}' (one of: {string.Join(", ", Roles.All)})"));
        }

        if (role == Roles.Reporter && string.IsNullOrWhiteSpace(unitCode))
        {
            problems.Add(new("Tài khoản đơn vị báo cáo phải gắn với một đơn vị.", "a reporter must be bound to a unit: give --unit CODE"));
        }

        if (unitCode is { Length: > 0 } code)
        {
            var today = VietnamTime.Today(clock);
            var exists = await db.Units.AnyAsync(
                u => u.Code == code && (u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || u.ValidTo >= today),
                cancellationToken);
            if (!exists)
            {
                problems.Add(new($"Không có đơn vị mã '{code}' đang hoạt động.", $"no unit with code '{code}' exists today"));
            }
        }

        return problems.Count > 0 ? UseCaseResult.Invalid([.. problems]) : null;
    }

    private async Task<UseCaseResult> RevokeAsync(AppUser user)
    {
        // UpdateSecurityStampAsync also saves the other changes made to the user row.
        var updated = await users.UpdateSecurityStampAsync(user);
        return updated.Succeeded ? UseCaseResult.Ok : Failed(updated);
    }

    private async Task<bool> IsLastAdminAsync(AppUser user)
    {
        var now = clock.GetUtcNow();
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return !admins.Any(a => a.Id != user.Id && !IsDisabled(a, now));
    }

    private static UseCaseResult Missing(string username) =>
        UseCaseResult.NotFound($"Không có tài khoản '{username}'.", $"no account '{username}'");

    private static UseCaseResult LastAdmin() =>
        UseCaseResult.Conflict("Đây là quản trị hệ thống cuối cùng còn hoạt động; hãy tạo hoặc bật một tài khoản quản trị khác trước.",
            "this is the last active administrator; create or enable another admin first");

    private static UseCaseResult Failed(IdentityResult result) =>
        UseCaseResult.Invalid([.. result.Errors.Select(e => new Bilingual(e.Description, e.Description))]);
}
