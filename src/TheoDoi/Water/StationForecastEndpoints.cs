using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>Issue 9's statistical forecast of a station (signed-in: every value not rejected; public: validated only).</summary>
public static class StationForecastEndpoints
{
    public static void MapForecast(RouteGroupBuilder group, bool validatedOnly)
    {
        var scope = validatedOnly ? " Validated data only." : " Every value not rejected.";
        group.MapGet("/stations/{code}/forecast", async Task<Results<Ok<StationForecast.ForecastDto>, UseCaseProblem>> (string code, string? parameter, StationForecast forecasts, CancellationToken ct) =>
            (await forecasts.ForecastAsync(code, parameter, validatedOnly, ct)).ToHttp(TypedResults.Ok))
            .WithSummary("A statistical forecast (not a hydrological model) of H, SAL or Cl (hourly, 7 days: harmonic regression on the tidal constituents) or GWD (monthly, 12 months: trend plus monthly means), with 80 %/95 % intervals and the backtest skill against the seasonal-naive forecast on the held-back last horizon. Points are empty, and why says so, when there is too little history or the method does not beat the naive forecast." + scope);
    }
}
