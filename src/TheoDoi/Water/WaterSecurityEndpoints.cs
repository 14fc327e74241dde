using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// Issue 9's water-security reads (signed-in: every value not rejected; public: validated only) and the
/// level–volume upload of a reservoir (data stewards and admins).
/// </summary>
public static class WaterSecurityEndpoints
{
    /// <summary>A level–volume table is a few kilobytes; one megabyte is far beyond any real one.</summary>
    public const long MaxTableBytes = 1024 * 1024;

    public static void MapSecurityReads(RouteGroupBuilder group, bool validatedOnly)
    {
        var scope = validatedOnly ? " Validated data only." : " Every value not rejected.";
        group.MapGet("/stations/{code}/percentile", async Task<Results<Ok<WaterSecurityReads.PercentileDto>, UseCaseProblem>> (string code, string? parameter, WaterSecurityReads reads, CancellationToken ct) =>
            (await reads.PercentileAsync(code, parameter, validatedOnly, ct)).ToHttp(TypedResults.Ok))
            .WithSummary("The latest value's percentile class against the same day of year in past years (H, Q, V or GWD; WaterWatch: Weibull p = rank/(n+1), at least 10 years)." + scope);

        group.MapGet("/stations/{code}/storage", async Task<Results<Ok<WaterSecurityReads.StorageDto>, UseCaseProblem>> (string code, DateOnly? at, WaterSecurityReads reads, CancellationToken ct) =>
            (await reads.StorageAsync(code, at, validatedOnly, ct)).ToHttp(TypedResults.Ok))
            .WithSummary("A reservoir's storage on a date (default: the latest): volume (V, or H through its level–volume table), % full, against last year and the normal for the date." + scope);

        group.MapGet("/stations/{code}/groundwater-trend", async Task<Results<Ok<WaterSecurityReads.TrendDto>, UseCaseProblem>> (string code, WaterSecurityReads reads, CancellationToken ct) =>
            (await reads.GroundwaterTrendAsync(code, validatedOnly, ct)).ToHttp(TypedResults.Ok))
            .WithSummary("A well's depth-to-water trend: Sen's slope over 5 and 10 years, Mann–Kendall, years to the station's threshold." + scope);

        group.MapGet("/stations/{code}/salinity-events", async Task<Results<Ok<IReadOnlyList<WaterSecurityReads.SalinityEventDto>>, UseCaseProblem>> (string code, string? threshold, DateOnly? from, DateOnly? to, WaterSecurityReads reads, TimeProvider clock, CancellationToken ct) =>
        {
            decimal? limit = null;
            if (threshold is { Length: > 0 })
            {
                if (!decimal.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0)
                {
                    return new UseCaseProblem(UseCaseResult.Invalid($"Tham số threshold phải là một số dương (ví dụ 250 hoặc 1.5), không phải '{threshold}'.", $"threshold must be a positive number (e.g. 250 or 1.5), not '{threshold}'."));
                }

                limit = parsed;
            }

            return (await reads.SalinityEventsAsync(code, limit, from, to, validatedOnly, VietnamTime.Today(clock), ct)).ToHttp(TypedResults.Ok);
        }).PagedList().WithSummary("Runs of SAL (or Cl) readings at or above a threshold (default: the station's) in a period (default: the last 12 months): start, end, hours, peak and its time." + scope);
    }

    public static void MapLevelVolume(RouteGroupBuilder water)
    {
        // No .Accepts("text/csv"): its content-type match runs in routing, before authorization, so a
        // caller without a token would get 415 instead of 401 (EndpointAuthorizationTests).
        water.MapPut("/stations/{code}/level-volume", async Task<Results<Ok<LevelVolumeDto>, UseCaseProblem>> (string code, HttpRequest request, ReplaceLevelVolume replace, CancellationToken ct) =>
        {
            var tooLarge = new UseCaseProblem(new UseCaseResult(Outcome.TooLarge, [new("Bảng quá lớn (tối đa 1 MB).", "The table is too large (at most 1 MB).")], []));
            if (request.ContentLength > MaxTableBytes)
            {
                return tooLarge;
            }

            await using var body = await Imports.BoundedBody.ReadAsync(request.Body, MaxTableBytes, ct);
            if (body is null)
            {
                return tooLarge;
            }

            using var reader = new StreamReader(body, System.Text.Encoding.UTF8);
            var result = await replace.RunAsync(code, reader, ct);
            return result.ToHttp(rows => TypedResults.Ok(new LevelVolumeDto(rows)));
        }).RequireAuthorization(Policies.DataStewardship)
            .DisableAntiforgery() // bearer-token API: no cookie, so no cross-site forgery
            .WithSummary("Replace a reservoir's level–volume table: a CSV body `level_m,volume_hm3`, both strictly increasing. All or nothing: 400 names every row and column refused.");
    }

    public sealed record LevelVolumeDto(int Rows);
}
