using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts.SignIns;
using TheoDoi.Core.Texts;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Accounts.Admin;

/// <summary>
/// /admin/users: the administrator's list of accounts and the same changes `theodoi user …` makes
/// (<see cref="UserAdministration"/>, <see cref="CreateUser"/>). A new or reset password is shown
/// on the answer to that one request and never again.
/// </summary>
public sealed class Users(UserManager<AppUser> users, UserAdministration admin, CreateUser createUser, AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Username, string? DisplayName, string Role, string? Unit, bool Disabled, DateTime? LastSignIn);

    public IReadOnlyList<Row> Accounts { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>The password just set, for <see cref="PasswordFor"/>; shown once.</summary>
    public string? NewPassword { get; private set; }
    public string? PasswordFor { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(string? username, string? role, string? unit, string? email)
    {
        var password = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
        var created = await createUser.RunAsync(
            new CreateUser.Request((username ?? "").Trim().ToLowerInvariant(), role ?? "", unit?.Trim(), password, Email: email),
            HttpContext.RequestAborted);
        if (created.IsDone)
        {
            (NewPassword, PasswordFor) = (password, username!.Trim().ToLowerInvariant());
        }

        return await AnswerAsync(created.Status);
    }

    public async Task<IActionResult> OnPostChangeAsync(string username, string? role, string? unit)
    {
        var current = await users.FindByNameAsync(username);
        var currentRole = current is null ? null : (await users.GetRolesAsync(current)).FirstOrDefault();
        var wantedUnit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        var changeUnit = current is not null && wantedUnit != current.UnitCode;
        var changeRole = role is { Length: > 0 } && role != currentRole;
        // Becoming a reporter needs the unit first; leaving the reporter role, the role first.
        var unitFirst = role == Roles.Reporter;
        var result = UseCaseResult.Ok;
        if (current is null)
        {
            result = await admin.SetUnitAsync(username, wantedUnit, HttpContext.RequestAborted);
        }

        if (result.Outcome == Outcome.Done && unitFirst && changeUnit)
        {
            result = await admin.SetUnitAsync(username, wantedUnit, HttpContext.RequestAborted);
        }

        if (result.Outcome == Outcome.Done && changeRole)
        {
            result = await admin.SetRoleAsync(username, role!, HttpContext.RequestAborted);
        }

        if (result.Outcome == Outcome.Done && !unitFirst && changeUnit)
        {
            result = await admin.SetUnitAsync(username, wantedUnit, HttpContext.RequestAborted);
        }

        return await AnswerAsync(result);
    }

    public async Task<IActionResult> OnPostResetAsync(string username)
    {
        var reset = await admin.ResetPasswordAsync(username);
        (NewPassword, PasswordFor) = (reset.IsDone ? reset.Done() : null, username);
        return await AnswerAsync(reset.Status);
    }

    public async Task<IActionResult> OnPostLockAsync(string username) => await AnswerAsync(await admin.DisableAsync(username));

    public async Task<IActionResult> OnPostUnlockAsync(string username) => await AnswerAsync(await admin.EnableAsync(username));

    // A new password or key is on this answer only (Shared/UseCasePage.AnswerInPlaceAsync).
    private Task<IActionResult> AnswerAsync(UseCaseResult result) => this.AnswerInPlaceAsync(result, (done, errors) => (Done, Errors) = (done, errors), LoadAsync);

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow();
        var lastSignIns = await db.Set<SignInAttempt>().AsNoTracking()
            .Where(a => a.Outcome == SignInOutcome.Succeeded)
            .GroupBy(a => a.Username)
            .Select(g => new { Username = g.Key, At = g.Max(a => a.At) })
            .ToDictionaryAsync(g => g.Username, g => g.At, HttpContext.RequestAborted);
        var rows = new List<Row>();
        foreach (var account in await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(HttpContext.RequestAborted))
        {
            var role = (await users.GetRolesAsync(account)).FirstOrDefault() ?? "";
            rows.Add(new Row(account.UserName!, account.DisplayName, role, account.UnitCode,
                UserAdministration.IsDisabled(account, now),
                lastSignIns.TryGetValue(account.NormalizedUserName ?? "", out var at) ? at : null));
        }

        Accounts = rows;
    }
}
