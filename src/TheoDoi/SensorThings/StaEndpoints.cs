using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TheoDoi.Core.Exchange;
using TheoDoi.Core.SensorThings;
using TheoDoi.Data;
using TheoDoi.Exchange;
using TheoDoi.Shared;
using TheoDoi.Water;

namespace TheoDoi.SensorThings;

/// <summary>
/// OGC SensorThings API 1.1, Sensing part, read only, at <c>/sta/v1.1</c> (issue 10, item 1). Anyone
/// may read it and sees what the public pages show (<see cref="StaVisibility.Public"/>), a partner key
/// what its agreement shares (<see cref="VisibilityOfAsync"/>); a bad query
/// answers 400 with the reason, a missing entity 404 (OGC 18-088, 9.2 and 9.3).
/// </summary>
public static class StaEndpoints
{
    /// <summary>The conformance classes really met (not request-data/filter: its geospatial functions are not built).</summary>
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
        var sta = app.MapGroup(StaContext.Path).WithTags("SensorThings API 1.1").AllowAnonymous().RequireCors(Web.PublicCors.Policy);
        sta.MapGet("", (HttpContext http) => TypedResults.Ok(Root(Site(http))))
            .AllowAnonymous()
            .WithSummary("The service root: the entity sets and serverSettings.conformance.");
        sta.MapGet("/{**path}", ResourceAsync)
            .AllowAnonymous()
            .WithSummary("An entity set, entity, navigation or property (validated data only), with $top $skip $count $orderby $select $expand $filter $resultFormat=dataArray|CSV.");
        return app;
    }

    /// <summary>
    /// The one place a caller's visibility is decided. Anonymous: validated data of every station. A
    /// partner key (its <see cref="PartnerScope"/>, set by the exchange gate): validated data of the
    /// agreement's stations whose data group it shares (a station's group is its type's, as for the
    /// public API), within the agreement's period; raw values too when the agreement includes them.
    /// </summary>
    public static async Task<StaVisibility> VisibilityOfAsync(HttpContext http, AppDbContext db, CancellationToken ct)
    {
        if (http.Features.Get<PartnerScope>() is not { } scope)
        {
            return StaVisibility.Public;
        }

        var stations = await db.WaterStations.AsNoTracking().Where(s => scope.Stations.Contains(s.Code)).Select(s => new { s.Code, s.Type }).ToListAsync(ct);
        var shared = stations.Where(s => scope.HasGroup(PartnerRoutes.GroupOf(s.Type))).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        long? from = scope.From is { } f ? WaterQueries.Span(f, f).From : null;
        long? to = scope.To is { } t ? WaterQueries.Span(t, t).To : null;
        // An agreement that includes raw data shows raw values too, marked by resultQuality.qcState (issue 10, item 3).
        return new StaVisibility(ValidatedOnly: !scope.IncludesRaw, shared, From: from, To: to);
    }

    private static JsonObject Root(string site) => new()
    {
        ["value"] = new JsonArray([.. StaCatalog.Sets.Select(s => new JsonObject { ["name"] = s.Name, ["url"] = $"{site}{StaContext.Path}/{s.Name}" })]),
        ["serverSettings"] = new JsonObject { ["conformance"] = new JsonArray([.. Conformance.Select(c => JsonValue.Create(c))]) },
    };

    private static async Task<Results<Ok<JsonObject>, ContentHttpResult, UseCaseProblem>> ResourceAsync(
        string path, HttpContext http, AppDbContext db, TimeProvider clock, IOptions<StaSettings> settings, CancellationToken ct)
    {
        var visibility = await VisibilityOfAsync(http, db, ct);
        var parameters = await visibility.Parameters(db.WaterParameters.AsNoTracking()).OrderBy(p => p.Id).ToListAsync(ct);
        var context = new StaContext(db, visibility, Site(http), clock.GetUtcNow(), settings.Value, parameters);
        try
        {
            var options = StaQueryOptions.Parse(http.Request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
            if (await StaReader.ReadAsync(context, path, options, ct) is not { } answer)
            {
                return new UseCaseProblem(UseCaseResult.NotFound(StaPath.Missing(path).Vi, StaPath.Missing(path).En));
            }

            // The exchange log counts what a partner was sent: the entities of a page.
            if (http.Features.Get<ExchangeCount>() is { } count && answer.Result is Ok<JsonObject> { Value: { } page })
            {
                count.Values = page["value"] is JsonArray items ? items.Count : 1;
            }

            if (options.ResultFormat == "CSV" && answer.Result is Ok<JsonObject> { Value: { } table })
            {
                if (table["@iot.nextLink"] is JsonValue next)
                {
                    http.Response.Headers.Link = $"<{next}>; rel=\"next\"";
                }

                return TypedResults.Text(StaCsv.Of(table), "text/csv; charset=utf-8");
            }

            return answer;
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
