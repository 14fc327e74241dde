using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Accounts;

/// <summary>
/// Walks every mapped /api/v1 endpoint, so a new endpoint is covered the day it is added: it must
/// declare who may call it, answer 401 without a token, and 403 to a reporter when it is meant for
/// coordinators, leaders or admins.
/// </summary>
public sealed partial class EndpointAuthorizationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    // Endpoints anyone may call. Everything else under /api/v1 needs a token.
    private static readonly string[] s_anonymous = ["/api/v1/auth/token"];
    private const string PublicPrefix = "/api/v1/public/";

    // The SensorThings API is open data (validated only), like /api/v1/public.
    private const string SensorThingsPrefix = "/sta/v1.1";

    // The only policy a reporter satisfies; any other named policy excludes reporters.
    private static readonly string[] s_reporterPolicies = [Policies.SignedIn];

    private IEnumerable<(string Method, RouteEndpoint Endpoint)> ApiEndpoints() =>
        fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1", StringComparison.Ordinal) || e.RoutePattern.RawText!.StartsWith(SensorThingsPrefix, StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e)));

    private static bool IsAnonymous(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;

    private static string Url(RouteEndpoint endpoint) =>
        "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), m => m.Groups[2].Value.Contains("int", StringComparison.Ordinal) ? "1" : "79");

    private static HttpRequestMessage Request(string method, RouteEndpoint endpoint)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Url(endpoint));
        if (method is "POST" or "PUT" or "PATCH")
        {
            // Send the content type the endpoint accepts, so routing reaches authorization.
            var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
            request.Content = accepts.Any(t => t.StartsWith("multipart/", StringComparison.Ordinal))
                ? new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "x.pdf" } }
                : JsonContent.Create(new { });
        }

        return request;
    }

    [Fact]
    public void There_are_api_endpoints_to_walk()
    {
        Assert.True(ApiEndpoints().Count() >= 6);
    }

    [Fact]
    public void Every_endpoint_declares_who_may_call_it()
    {
        var undeclared = ApiEndpoints()
            .Where(x => IsAnonymous(x.Endpoint)
                ? !s_anonymous.Contains(x.Endpoint.RoutePattern.RawText) && !x.Endpoint.RoutePattern.RawText!.StartsWith(PublicPrefix, StringComparison.Ordinal)
                    && !x.Endpoint.RoutePattern.RawText!.StartsWith(SensorThingsPrefix, StringComparison.Ordinal)
                : !x.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))
            .Select(x => $"{x.Method} {x.Endpoint.RoutePattern.RawText}")
            .ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public async Task Every_endpoint_but_auth_and_public_answers_401_without_a_token()
    {
        var client = fixture.App.CreateClient();
        var failures = new List<string>();
        foreach (var (method, endpoint) in ApiEndpoints().Where(x => !IsAnonymous(x.Endpoint)))
        {
            var response = await client.SendAsync(Request(method, endpoint));
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"{method} {Url(endpoint)} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_reporter_gets_403_from_every_endpoint_meant_for_other_roles()
    {
        var client = await fixture.App.ClientAsAsync(Roles.Reporter);
        var restricted = ApiEndpoints()
            .Where(x => !IsAnonymous(x.Endpoint)
                && x.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is { } p && !s_reporterPolicies.Contains(p)))
            .ToList();
        var failures = new List<string>();
        foreach (var (method, endpoint) in restricted)
        {
            var response = await client.SendAsync(Request(method, endpoint));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{method} {Url(endpoint)} → {(int)response.StatusCode}");
            }
        }

        Assert.NotEmpty(restricted);
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_browser_cookie_does_not_open_the_api()
    {
        // The API takes bearer tokens only, so a page cannot be made to call it with the user's cookie.
        var client = fixture.App.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", "theodoi.auth=anything");

        var response = await client.GetAsync("/api/v1/plans");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [GeneratedRegex(@"\{([^}:?]+)(:[^}?]+)?\??\}")]
    private static partial Regex RouteParameter();
}
