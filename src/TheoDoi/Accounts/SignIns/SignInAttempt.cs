using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TheoDoi.Accounts.SignIns;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    Throttled,
    Disabled,
}

/// <summary>
/// One password sign-in attempt (page or API): the log admins read, and the state the throttle
/// counts. It lives in the database so that every instance of the application sees the same
/// failures (a second instance behind a load balancer throttles the same caller alike).
/// </summary>
public sealed class SignInAttempt
{
    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>The normalized user name as typed, whether or not such an account exists.</summary>
    public required string Username { get; set; }

    /// <summary>The caller's address (the remote IP as the server sees it).</summary>
    public required string Caller { get; set; }

    public SignInOutcome Outcome { get; set; }
}

public sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> builder)
    {
        builder.Property(a => a.Username).HasMaxLength(256);
        builder.Property(a => a.Caller).HasMaxLength(64);
        builder.HasIndex(a => new { a.Username, a.At });
        builder.HasIndex(a => new { a.Caller, a.At });
    }
}
