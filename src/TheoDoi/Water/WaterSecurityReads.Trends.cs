using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Security;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// Wells' depth-to-water trends (IGPVN TN-IV-09, docs/reference/water-security.md) read as a batch: the
/// wells, the GWD parameter and every well's readings in one statement each, whatever the number of wells
/// (issue 9: 200 wells × 15 years monthly in under 100 ms, docs/benchmarks.md). One well is a batch of one.
/// </summary>
public sealed partial class WaterSecurityReads
{
    public async Task<UseCaseResult<TrendDto>> GroundwaterTrendAsync(string code, bool validatedOnly, CancellationToken ct) =>
        (await GroundwaterTrendsAsync([code], validatedOnly, ct))[0];

    /// <summary>The trend of each well in <paramref name="codes"/>, in their order; an unknown code is answered not found.</summary>
    public async Task<IReadOnlyList<UseCaseResult<TrendDto>>> GroundwaterTrendsAsync(IReadOnlyList<string> codes, bool validatedOnly, CancellationToken ct)
    {
        var stations = await db.WaterStations.AsNoTracking().WithCodeIn(s => s.Code, codes).ToListAsync(ct);
        var byKey = stations.ToDictionary(s => Codes.Key(s.Code));
        var depths = await DailyOfStationsAsync([.. stations.Select(s => s.Id)], "GWD", validatedOnly, ct);
        return [.. codes.Select(code => byKey.TryGetValue(Codes.Key(code), out var station)
            ? TrendOf(station, depths.GetValueOrDefault(station.Id) ?? [])
            : NotFound(code))];
    }

    /// <summary>
    /// A well's trend from its day means: Sen's slope over 5 and 10 years to the last reading, Mann–Kendall
    /// and the years to its threshold from the longest trend that could be computed.
    /// </summary>
    public static UseCaseResult<TrendDto> TrendOf(WaterStation station, IReadOnlyList<DatedValue> depths)
    {
        if (depths.Count == 0)
        {
            return UseCaseResult.Invalid($"Trạm {station.Code} chưa có số liệu độ sâu mực nước (GWD).", $"Station {station.Code} has no depth-to-water (GWD) values.");
        }

        var asOf = depths[^1].Date;
        var five = GroundwaterTrend.Compute(depths, asOf, 5);
        var ten = GroundwaterTrend.Compute(depths, asOf, 10);
        var whys = new List<Core.Texts.Bilingual> { new("5 năm: ", "5 years: "), five.Why ?? five.Refusal!, new("; 10 năm: ", "; 10 years: "), ten.Why ?? ten.Refusal! };
        var basis = ten.IsComputed ? ten : five;
        double? years = null;
        if (basis.IsComputed && station.Threshold is { } threshold)
        {
            var projection = GroundwaterTrend.YearsToThreshold(basis.Value, threshold);
            years = projection.IsComputed ? projection.Value : null;
            whys.Add(new("; ", "; "));
            whys.Add(projection.Why ?? projection.Refusal!);
        }

        return UseCaseResult.Done(new TrendDto(five.IsComputed ? five.Value.SlopeMPerYear : null, ten.IsComputed ? ten.Value.SlopeMPerYear : null,
            basis.IsComputed ? new MannKendallDto(basis.Value.S, basis.Value.Z, basis.Value.P) : null, station.Threshold, years,
            string.Concat(whys.Select(w => w.Pick()))));
    }

    /// <summary>
    /// Each station's day means (Việt Nam days) of one parameter, oldest first, by ONE statement along the
    /// observations key — the same values as <see cref="DailyAsync"/> gives one station at a time.
    /// </summary>
    private async Task<Dictionary<int, List<DatedValue>>> DailyOfStationsAsync(List<int> stationIds, string parameter, bool validatedOnly, CancellationToken ct)
    {
        var byStation = new Dictionary<int, List<DatedValue>>();
        var id = await db.WaterParameters.AsNoTracking().WithCode(p => p.Code, parameter).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (id is null || stationIds.Count == 0)
        {
            return byStation;
        }

        // Rows arrive by station then time, so a day's readings are consecutive: sum them as they come.
        var (station, day, sum, count) = (-1, default(DateOnly), 0.0, 0);
        List<DatedValue>? days = null;
        await StationsValuesAsync(stationIds, id.Value, validatedOnly, (rowStation, time, value) =>
        {
            var date = DateOnly.FromDateTime(WaterQueries.Local(time).DateTime);
            if (rowStation != station || date != day)
            {
                Flush();
                if (rowStation != station)
                {
                    station = rowStation;
                    byStation[station] = days = [];
                }

                (day, sum, count) = (date, 0.0, 0);
            }

            sum += value;
            count++;
        }, ct);

        Flush();
        return byStation;

        void Flush()
        {
            if (count > 0)
            {
                days!.Add(new DatedValue(day, Math.Round((decimal)(sum / count), 6)));
            }
        }
    }
}
