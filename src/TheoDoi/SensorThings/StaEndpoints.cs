using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TheoDoi.Core.SensorThings;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.SensorThings;

/// <summary>
/// OGC SensorThings API 1.1, Sensing part, read only, at <c>/sta/v1.1</c> (issue 10, item 1). Anyone
/// may read it and sees what the public pages show (<see cref="StaVisibility.Public"/>); a bad query
/// answers 400 with the reason, a missing entity 404 (OGC 18-088, 9.2 and 9.3).
/// </summary>
public static class StaEndpoints
{
    /// <summary>The conformance classes really met (not request-data/filter: no date or geospatial functions yet).</summary>
    public static IReadOnlyList<string> Conformance { get; } =
    [
        "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/status-code",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/query-status-code",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/order",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/expand",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/select",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/orderby",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/top",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/skip",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/count",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data/pagination",
        "http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array",
    ];

    public static IServiceCollection AddSensorThings(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StaSettings>(configuration.GetSection("SensorThings"));
        return services;
    }

    public static WebApplication MapSensorThings(this WebApplication app)
    {
        var sta = app.MapGroup(StaContext.Path).WithTags("SensorThings API 1.1").AllowAnonymous();
        sta.MapGet("", (HttpContext http) => TypedResults.Ok(Root(Site(http))))
            .AllowAnonymous()
            .WithSummary("The service root: the entity sets and serverSettings.conformance.");
        sta.MapGet("/{**path}", ResourceAsync)
            .AllowAnonymous()
            .WithSummary("An entity set, entity, navigation or property (validated data only), with $top $skip $count $orderby $select $expand $filter $resultFormat=dataArray.");
        return app;
    }

    /// <summary>The one place a caller's visibility is decided; partner keys will answer another value here.</summary>
    public static StaVisibility VisibilityOf(HttpContext http) => StaVisibility.Public;

    private static JsonObject Root(string site) => new()
    {
        ["value"] = new JsonArray([.. StaCatalog.Sets.Select(s => new JsonObject { ["name"] = s.Name, ["url"] = $"{site}{StaContext.Path}/{s.Name}" })]),
        ["serverSettings"] = new JsonObject { ["conformance"] = new JsonArray([.. Conformance.Select(c => JsonValue.Create(c))]) },
    };

    private static async Task<Results<Ok<JsonObject>, ContentHttpResult, UseCaseProblem>> ResourceAsync(
        string path, HttpContext http, AppDbContext db, TimeProvider clock, IOptions<StaSettings> settings, CancellationToken ct)
    {
        var visibility = VisibilityOf(http);
        var parameters = await visibility.Parameters(db.WaterParameters.AsNoTracking()).OrderBy(p => p.Id).ToListAsync(ct);
        var context = new StaContext(db, visibility, Site(http), clock.GetUtcNow(), settings.Value, parameters);
        try
        {
            var options = StaQueryOptions.Parse(http.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
            return await StaReader.ReadAsync(context, path, options, ct) is { } answer
                ? answer
                : new UseCaseProblem(UseCaseResult.NotFound(StaPath.Missing(path).Vi, StaPath.Missing(path).En));
        }
        catch (StaQueryException e)
        {
            return new UseCaseProblem(UseCaseResult.Invalid(e.Text));
        }
        catch (InvalidOperationException e) when (e.Message.Contains("could not be translated", StringComparison.Ordinal))
        {
            // A well-formed filter the database cannot run (e.g. a function on a computed property).
            return new UseCaseProblem(UseCaseResult.Invalid("Cơ sở dữ liệu không thực hiện được $filter/$orderby này.", "The database cannot run this $filter/$orderby."));
        }
    }

    private static string Site(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
