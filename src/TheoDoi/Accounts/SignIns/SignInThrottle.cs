using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Accounts.SignIns;

/// <summary>
/// Slows down password guessing without letting a stranger lock the real user out. Failures are
/// counted per (account, caller) pair: after <see cref="PairAllowance"/> failures the pair must
/// wait, twice as long after each further failure. When the account has many failures from
/// everywhere (<see cref="AccountBudget"/>), every caller that has failed for it waits from its
/// first failure — but a caller with no recent failure is never delayed, so the real user signs
/// in while someone else guesses. A caller failing across many accounts (<see cref="CallerBudget"/>)
/// waits too. Attempts refused for waiting are logged but not counted, so waiting ends.
/// </summary>
public sealed class SignInThrottle(AppDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);
    public const int PairAllowance = 3;
    public const int AccountBudget = 10;
    public const int CallerBudget = 20;

    /// <summary>How long the caller must still wait before trying this account; zero when it may try now.</summary>
    public async Task<TimeSpan> WaitAsync(string username, string caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Window;
        var attempts = db.Set<SignInAttempt>().AsNoTracking();
        var lastPairSuccess = await attempts
            .Where(a => a.Username == username && a.Caller == caller && a.At >= since && a.Outcome == SignInOutcome.Succeeded)
            .MaxAsync(a => (DateTime?)a.At, cancellationToken) ?? since;
        var pair = await attempts
            .Where(a => a.Username == username && a.Caller == caller && a.At > lastPairSuccess && a.Outcome == SignInOutcome.Failed)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(a => a.At) })
            .FirstOrDefaultAsync(cancellationToken);
        var wait = TimeSpan.Zero;
        if (pair is not null)
        {
            var accountFailures = await attempts.CountAsync(
                a => a.Username == username && a.At >= since && a.Outcome == SignInOutcome.Failed, cancellationToken);
            var allowance = accountFailures >= AccountBudget ? 1 : PairAllowance;
            wait = Remaining(pair.Count, allowance, pair.Last, now);
        }

        var callerFailures = await attempts
            .Where(a => a.Caller == caller && a.At >= since && a.Outcome == SignInOutcome.Failed)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(a => a.At) })
            .FirstOrDefaultAsync(cancellationToken);
        if (callerFailures is not null)
        {
            var callerWait = Remaining(callerFailures.Count, CallerBudget, callerFailures.Last, now);
            wait = callerWait > wait ? callerWait : wait;
        }

        return wait;
    }

    public async Task RecordAsync(string username, string caller, SignInOutcome outcome, CancellationToken cancellationToken)
    {
        db.Set<SignInAttempt>().Add(new SignInAttempt
        {
            At = clock.GetUtcNow().UtcDateTime,
            Username = username.Length > 256 ? username[..256] : username,
            Caller = caller.Length > 64 ? caller[..64] : caller,
            Outcome = outcome,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>1 s after reaching the allowance, then doubling per failure, at most <see cref="MaxDelay"/>.</summary>
    public static TimeSpan Delay(int failures, int allowance)
    {
        if (failures < allowance)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(failures - allowance, 16));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxDelay.TotalSeconds));
    }

    private static TimeSpan Remaining(int failures, int allowance, DateTime lastFailure, DateTime now)
    {
        var remaining = lastFailure + Delay(failures, allowance) - now;
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }
}
