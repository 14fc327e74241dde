using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TheoDoi.Accounts.SignIns;

namespace TheoDoi.Accounts;

public static class AuthEndpoints
{
    public sealed record TokenRequest(string? Username, string? Password);

    public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt, string Username, IReadOnlyList<string> Roles, string? Unit);

    public sealed record MeResponse(string Username, IReadOnlyList<string> Roles, string? Unit);

    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", IssueTokenAsync)
            .AllowAnonymous()
            .WithSummary("Exchange a username and password for a bearer token.")
            .WithDescription("Throttled per caller and account: after repeated failures the answer is 429 with Retry-After.");
        api.MapPost("/auth/signout", SignOutAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Revoke every token and page session of the calling user.");
        api.MapGet("/me", (HttpContext http) => new MeResponse(
                http.User.Identity!.Name!,
                Roles.All.Where(http.User.IsInRole).ToList(),
                http.User.UnitCode()))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Who the token belongs to: username, roles and unit.");
        return api;
    }

    private static async Task<IResult> IssueTokenAsync(
        TokenRequest request, HttpContext http, PasswordSignIn passwordSignIn, UserManager<AppUser> users,
        SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("username and password are required", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await passwordSignIn.RunAsync(request.Username, request.Password, PasswordSignIn.CallerOf(http), http.RequestAborted);
        if (result.Outcome == SignInOutcome.Throttled)
        {
            http.Response.Headers.RetryAfter = result.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(result.Message.En, statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (result.User is not { } user)
        {
            return TypedResults.Problem(result.Message.En, statusCode: StatusCodes.Status401Unauthorized);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var (token, expires) = bearer.IssueToken(principal, clock);
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new TokenResponse(token, expires, user.UserName!, roles.ToList(), user.UnitCode));
    }

    /// <summary>Signing out changes the security stamp: every token and cookie of the user stops working.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, UserManager<AppUser> users)
    {
        if (await users.GetUserAsync(http.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        return TypedResults.NoContent();
    }
}
