using Microsoft.AspNetCore.Identity;
using TheoDoi.Core.Texts;

namespace TheoDoi.Accounts.SignIns;

/// <summary>
/// Checks a user name and password for the sign-in page and the token endpoint alike: throttled by
/// caller and account (<see cref="SignInThrottle"/>), every attempt logged, and the same password-hash
/// work whether or not the account exists, so neither the answer nor its timing tells who exists.
/// </summary>
public sealed class PasswordSignIn(UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, SignInThrottle throttle)
{
    public sealed record Result(SignInOutcome Outcome, AppUser? User, TimeSpan RetryAfter)
    {
        public Bilingual Message => Outcome switch
        {
            SignInOutcome.Succeeded => new("Đã đăng nhập.", "Signed in."),
            SignInOutcome.Throttled => new(
                $"Đăng nhập sai nhiều lần. Vui lòng thử lại sau {Seconds} giây.",
                $"Too many failed sign-ins; try again in {Seconds} seconds."),
            SignInOutcome.Disabled => new(
                "Tài khoản đã bị khóa. Liên hệ quản trị hệ thống.",
                "The account is disabled; ask an administrator."),
            _ => new("Tên đăng nhập hoặc mật khẩu không đúng.", "invalid username or password"),
        };

        public int Seconds => (int)Math.Ceiling(RetryAfter.TotalSeconds);
    }

    // A real hash of a random password, made once with the same hasher (same iterations) as every
    // account's, so an unknown user name costs the same verification as a known one.
    private static string? s_decoyHash;

    public async Task<Result> RunAsync(string username, string password, string caller, CancellationToken cancellationToken = default)
    {
        var normalized = users.NormalizeName(username.Trim()) ?? username;
        var wait = await throttle.WaitAsync(normalized, caller, cancellationToken);
        if (wait > TimeSpan.Zero)
        {
            await throttle.RecordAsync(normalized, caller, SignInOutcome.Throttled, cancellationToken);
            return new Result(SignInOutcome.Throttled, null, wait);
        }

        var user = await users.FindByNameAsync(username.Trim());
        bool correct;
        if (user is null)
        {
            var decoy = s_decoyHash ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));
            hasher.VerifyHashedPassword(new AppUser(), decoy, password);
            correct = false;
        }
        else
        {
            correct = await users.CheckPasswordAsync(user, password);
        }

        // "Disabled" is said only to whoever knows the password, so it reveals nothing to a guesser.
        var outcome = !correct ? SignInOutcome.Failed
            : await users.IsLockedOutAsync(user!) ? SignInOutcome.Disabled
            : SignInOutcome.Succeeded;
        await throttle.RecordAsync(normalized, caller, outcome, cancellationToken);
        return new Result(outcome, outcome == SignInOutcome.Succeeded ? user : null, TimeSpan.Zero);
    }

    public static string CallerOf(HttpContext http)
    {
        return http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
