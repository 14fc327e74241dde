using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TheoDoi.Accounts.Sessions;
using TheoDoi.Accounts.SignIns;
using TheoDoi.Data;

namespace TheoDoi.Accounts;

public static class AccountServices
{
    public const string UnitClaim = "unit";

    /// <summary>Identity (hashing, lockout) without any web sign-in; enough for the command line.</summary>
    public static IServiceCollection AddAccountStore(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                // Lockout marks accounts an admin disabled; failed passwords are throttled instead
                // (SignInThrottle), so that a stranger cannot lock the real user out.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789-._@";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<AppUserManager>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<UnitClaimsFactory>();
        services.AddSingleton<SecurityStampCache>();
        services.AddScoped<CreateUser>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        return services;
    }

    /// <summary>
    /// Cookie sign-in for pages and bearer tokens for the API. The API never accepts the cookie, so a
    /// page cannot be tricked into calling it on the user's behalf.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddAccountStore();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        // Every request re-checks the token's or cookie's security stamp (cached, see SecurityStampCache).
        services.AddHttpContextAccessor();
        services.AddScoped<IClaimsTransformation, SecurityStampCheck>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RevokedIsUnauthorized>();
        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(8));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/signin";
            options.LogoutPath = "/account/signout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "theodoi.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Oversight, p => p.RequireRole(Roles.Coordinator, Roles.Leader, Roles.Admin))
            .AddPolicy(Policies.Audit, p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .AddPolicy(Policies.ManagePlan, p => p.RequireRole(Roles.Coordinator, Roles.Admin))
            .AddPolicy(Policies.Review, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.DataStewardship, p => p.RequireRole(Roles.DataSteward, Roles.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ExchangeChanges, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme, Exchange.ApiKeyAuthentication.SchemeName).RequireAssertion(c =>
                c.User.IsInRole(Roles.Admin) || c.User.HasClaim(claim => claim.Type == Exchange.ApiKeyAuthentication.KeyClaim)));
        return services;
    }

    public static string? UnitCode(this ClaimsPrincipal user) => user.FindFirstValue(UnitClaim);

    /// <summary>Issues an API token for a principal, valid for the bearer scheme's lifetime.</summary>
    public static (string Token, DateTimeOffset ExpiresAt) IssueToken(this IOptionsMonitor<BearerTokenOptions> monitor, ClaimsPrincipal principal, TimeProvider clock)
    {
        var options = monitor.Get(IdentityConstants.BearerScheme);
        var expires = clock.GetUtcNow() + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expires }, IdentityConstants.BearerScheme);
        return (options.BearerTokenProtector.Protect(ticket), expires);
    }
}

/// <summary>Adds the reporter's unit to the principal, so authorization can check it without a query.</summary>
public sealed class UnitClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.UnitCode is { Length: > 0 } unit)
        {
            identity.AddClaim(new Claim(AccountServices.UnitClaim, unit));
        }

        return identity;
    }
}
