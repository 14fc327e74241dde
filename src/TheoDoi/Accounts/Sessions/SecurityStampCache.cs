using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TheoDoi.Data;

namespace TheoDoi.Accounts.Sessions;

/// <summary>
/// The current security stamp of each account, read from the database at most every
/// <see cref="Lifetime"/>. A change made through <see cref="AppUserManager"/> forgets the entry at once,
/// so on this instance a revoked token or cookie stops working with the next request; another
/// instance sees the change when its entry expires (within <see cref="Lifetime"/>).
/// </summary>
public sealed class SecurityStampCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The stamp the account has now, or null when the account is gone or disabled.</summary>
    public async Task<string?> CurrentStampAsync(string userId, AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(userId, out var cached) && cached.LoadedAt + Lifetime > now)
        {
            return cached.Usable(now) ? cached.Stamp : null;
        }

        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd })
            .FirstOrDefaultAsync(cancellationToken);
        var entry = row is null
            ? new Entry(null, null, now)
            : new Entry(row.SecurityStamp, row.LockoutEnabled ? row.LockoutEnd : null, now);
        _entries[userId] = entry;
        return entry.Usable(now) ? entry.Stamp : null;
    }

    public void Forget(string userId) => _entries.TryRemove(userId, out _);

    private sealed record Entry(string? Stamp, DateTimeOffset? LockedUntil, DateTimeOffset LoadedAt)
    {
        public bool Usable(DateTimeOffset now) => Stamp is not null && (LockedUntil is null || LockedUntil <= now);
    }
}

/// <summary>
/// Checks every authenticated principal — bearer token and page cookie alike — against the account's
/// current security stamp. A principal whose stamp is stale (password changed, role or unit changed,
/// signed out, disabled, deleted) becomes anonymous, so the request gets 401 or the sign-in page.
/// A partner key's principal has no account and passes as it is.
/// </summary>
public sealed class SecurityStampCheck(SecurityStampCache cache, AppDbContext db, IOptions<IdentityOptions> identity, IHttpContextAccessor http)
    : IClaimsTransformation
{
    private static readonly ClaimsPrincipal s_anonymous = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // A partner key is no account: the key's own checks (revoked, expired) are made by its scheme.
        if (principal.Identity?.IsAuthenticated != true || principal.Identity.AuthenticationType == Exchange.ApiKeyAuthentication.SchemeName)
        {
            return principal;
        }

        var claims = identity.Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return s_anonymous;
        }

        var current = await cache.CurrentStampAsync(userId, db, http.HttpContext?.RequestAborted ?? CancellationToken.None);
        return string.Equals(current, stamp, StringComparison.Ordinal) ? principal : s_anonymous;
    }
}
