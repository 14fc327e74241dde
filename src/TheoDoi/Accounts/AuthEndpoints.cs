using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

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
            .WithSummary("Exchange a username and password for a bearer token.");
        api.MapGet("/me", (HttpContext http) => new MeResponse(
                http.User.Identity!.Name!,
                Roles.All.Where(http.User.IsInRole).ToList(),
                http.User.UnitCode()))
            .RequireAuthorization(Policies.SignedIn)
            .WithSummary("Who the token belongs to: username, roles and unit.");
        return api;
    }

    private static async Task<IResult> IssueTokenAsync(
        TokenRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("username and password are required", statusCode: StatusCodes.Status400BadRequest);
        }

        var user = await users.FindByNameAsync(request.Username);
        if (user is null)
        {
            return TypedResults.Problem("invalid username or password", statusCode: StatusCodes.Status401Unauthorized);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("the account is locked after repeated failed sign-ins; try again later",
                statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!result.Succeeded)
        {
            return TypedResults.Problem("invalid username or password", statusCode: StatusCodes.Status401Unauthorized);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var (token, expires) = bearer.IssueToken(principal, clock);
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new TokenResponse(token, expires, user.UserName!, roles.ToList(), user.UnitCode));
    }
}
