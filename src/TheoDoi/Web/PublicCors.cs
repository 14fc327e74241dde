namespace TheoDoi.Web;

/// <summary>
/// Cross-origin reads of open data (issue 10, item 5): a web page on any other site may GET (or
/// HEAD) the public API and SensorThings, so a province's or a partner's dashboard can draw our
/// validated data straight from the browser. Only those groups carry the policy
/// (<c>RequireCors(PublicCors.Policy)</c>); every signed-in endpoint and every write answers
/// without CORS headers, so a browser keeps other sites from reading or sending with a user's
/// session or token. No credentials and no request headers are allowed (a partner key is sent by
/// a server, not a browser); the paging and validation headers are exposed.
/// </summary>
public static class PublicCors
{
    public const string Policy = "public-reads";

    public static IServiceCollection AddPublicCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithExposedHeaders("Link", "ETag")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
}
