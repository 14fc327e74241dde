using Microsoft.AspNetCore.OutputCaching;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Web;

/// <summary>
/// Public pages and the public API, as anonymous readers see them, answered from memory (issue 12,
/// item 14: at 32 concurrent readers a page rebuilt for each request queued past 150 ms). An entry
/// lives until data it shows changes (<see cref="DataChanges"/>: every save and commit of this
/// process empties the parts it can alter, at once) and at most <see cref="Lifetime"/> — the bound for what this process
/// cannot see: a command-line import into the same database, or the day changing. Signed-in
/// readers, other methods and answers that set a cookie are never cached. One entry per address,
/// query and language.
/// </summary>
public static class PublicCache
{
    public const string Tag = "public";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddPublicCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            options.AddBasePolicy(new Policy());
            options.SizeLimit = 64 * 1024 * 1024;
            // Exports of long periods are streamed each time rather than held.
            options.MaximumBodySize = 2 * 1024 * 1024;
        });

    public static WebApplication UsePublicCache(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<DataChanges>().Subscribe(areas =>
        {
            foreach (var tag in TagsChangedBy(areas))
            {
                store.EvictByTagAsync(tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }
        });
        app.UseOutputCache();
        return app;
    }

    /// <summary>What anonymous readers may read: the home page, the public pages, the public water pages and the public API.</summary>
    public static bool IsPublic(PathString path) => TagOf(path) is not null;

    /// <summary>The part of the public site a page belongs to, or null when it is not public.</summary>
    public static string? TagOf(PathString path)
    {
        if (path == "/")
        {
            return "home";
        }

        if (path.StartsWithSegments("/public/indicators", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/v1/public/indicators", StringComparison.OrdinalIgnoreCase))
        {
            return "indicators";
        }

        if ((path.StartsWithSegments("/water", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/water/import", StringComparison.OrdinalIgnoreCase))
            || path.StartsWithSegments("/api/v1/public/water", StringComparison.OrdinalIgnoreCase))
        {
            return "water";
        }

        return path.StartsWithSegments("/public", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api/v1/public", StringComparison.OrdinalIgnoreCase) ? "other" : null;
    }

    /// <summary>
    /// Which cached parts a change can alter. Indicator values and the registries they are drawn
    /// from show on the indicator pages; water data on the water pages; the home page shows a little
    /// of everything. Accounts, the audit trail and notifications appear on no public page. Any other
    /// area (units: their names are everywhere; a raw SQL commit: unknown) empties everything.
    /// </summary>
    public static IReadOnlyCollection<string> TagsChangedBy(IReadOnlySet<string> areas)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            switch (area)
            {
                // Partners and their keys and exchange log appear on no public page.
                case "Accounts" or "Audit" or "Notifications" or "Exchange":
                    break;
                case "Indicators" or "Registries":
                    tags.UnionWith(["indicators", "home"]);
                    break;
                case "Water":
                    tags.UnionWith(["water", "home"]);
                    break;
                case "Plans" or "Tasks" or "Reporting":
                    tags.UnionWith(["home", "other"]);
                    break;
                default:
                    return [Tag];
            }
        }

        return tags;
    }

    private sealed class Policy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var request = http.Request;
            var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && IsPublic(request.Path)
                && http.User.Identity?.IsAuthenticated != true
                && !request.Headers.ContainsKey("Authorization")
                // A partner's answer is narrowed to its agreement (Exchange/PartnerGate): never shared.
                && !request.Headers.ContainsKey(Exchange.PartnerKeys.HeaderName);
            context.EnableOutputCaching = cacheable;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            if (cacheable)
            {
                context.Tags.Add(Tag);
                context.Tags.Add(TagOf(request.Path)!);
                context.ResponseExpirationTimeSpan = Lifetime;
                context.CacheVaryByRules.QueryKeys = "*";
                context.CacheVaryByRules.VaryByValues["lang"] = request.Cookies[Language.CookieName] ?? "";
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
