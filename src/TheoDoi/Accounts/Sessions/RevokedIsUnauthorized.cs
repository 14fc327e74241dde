using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace TheoDoi.Accounts.Sessions;

/// <summary>
/// A token or cookie that <see cref="SecurityStampCheck"/> turned anonymous still "authenticated"
/// for the framework, which would answer 403. It is an expired credential: answer 401 (the API) or
/// the sign-in page (pages), as for no credential at all.
/// </summary>
public sealed class RevokedIsUnauthorized : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true)
        {
            authorizeResult = PolicyAuthorizationResult.Challenge();
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
