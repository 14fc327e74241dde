using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Core.Time;
using TheoDoi.Shared;

namespace TheoDoi.Water.Security;

/// <summary><c>GET …/water/security?year=</c>: the scorecard of the basin and its sub-basins (docs/water-security-scorecard.md).</summary>
public static class ScorecardEndpoints
{
    public static void MapScorecard(RouteGroupBuilder group, bool validatedOnly)
    {
        var scope = validatedOnly ? " Validated data only." : " Every value not rejected.";
        group.MapGet("/security", async Task<Results<Ok<ScorecardDto>, UseCaseProblem>> (string? year, ScorecardQuery query, TimeProvider clock, CancellationToken ct) =>
        {
            int? chosen = null;
            if (year is { Length: > 0 })
            {
                if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                {
                    return new UseCaseProblem(UseCaseResult.Invalid($"Tham số year phải là một năm (ví dụ 2025), không phải '{year}'.", $"year must be a year (e.g. 2025), not '{year}'."));
                }

                chosen = parsed;
            }

            return (await query.RunAsync(chosen, validatedOnly, VietnamTime.Today(clock), ct)).ToHttp(TypedResults.Ok);
        }).WithSummary("The water-security scorecard of the Đồng Nai – Sài Gòn basin and each sub-basin as of the end of `year` (default: today): per dimension (availability, groundwater, salinity, quality, use) a status with its inputs and arithmetic, and the basin's status per dimension by year." + scope);
    }
}
