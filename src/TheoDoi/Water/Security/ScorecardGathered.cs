using TheoDoi.Core.Texts;
using TheoDoi.Core.Water.Security;
using TheoDoi.Water.Licences;

namespace TheoDoi.Water.Security;

/// <summary>Every station's and licence's inputs of one year, read once; each area (basin, sub-basin) is scored from the ones it holds.</summary>
public sealed record ScorecardGathered(
    IReadOnlyList<ScorecardGathered.Flow> Flows,
    IReadOnlyList<ScorecardGathered.Well> Wells,
    IReadOnlyList<ScorecardGathered.Intake> Intakes,
    IReadOnlyList<ScorecardGathered.Quality> Qualities,
    IReadOnlyList<ScorecardGathered.Work> Works,
    string Season,
    string LastSeason)
{
    public sealed record Flow(WaterStation Station, string Parameter, Computed<PercentileRank> Rank, DateOnly? Day, decimal? Value);

    public sealed record Well(WaterStation Station, WellInput Input);

    /// <summary>Null seasons had fewer than two hours with readings; an intake without a threshold has neither.</summary>
    public sealed record Intake(WaterStation Station, (int Events, double Hours)? Now, (int Events, double Hours)? Last);

    public sealed record Quality(WaterStation Station, int Indices, int Below);

    /// <param name="BasinId">The basin of the monitoring station nearest the work.</param>
    public sealed record Work(WaterLicence Licence, int? BasinId, int MonthsWithRecords, int MonthsOver);

    /// <summary>The five dimensions of the area holding the stations and works <paramref name="inArea"/> accepts.</summary>
    public IReadOnlyList<DimensionScore> Score(Func<int, bool> inArea)
    {
        var intakes = Intakes.Where(i => inArea(i.Station.BasinId)).ToList();
        var works = Works.Where(w => w.BasinId is { } b && inArea(b)).ToList();
        var quality = Qualities.Where(q => inArea(q.Station.BasinId)).ToList();
        return
        [
            ScorecardRules.Availability([.. Flows.Where(f => inArea(f.Station.BasinId)).Select(f => f.Rank)]),
            ScorecardRules.Groundwater([.. Wells.Where(w => inArea(w.Station.BasinId)).Select(w => w.Input)]),
            ScorecardRules.Salinity(SeasonOf(Season, intakes.Select(i => i.Now)), SeasonOf(LastSeason, intakes.Select(i => i.Last))),
            ScorecardRules.Quality(quality.Sum(q => q.Indices), quality.Sum(q => q.Below)),
            ScorecardRules.Use(new(works.Count, works.Count(w => w.MonthsWithRecords > 0), works.Count(w => w.MonthsOver > 0), works.Count(w => w.Licence.StationCode is not null))),
        ];
    }

    private static SeasonHours? SeasonOf(string name, IEnumerable<(int Events, double Hours)?> seasons)
    {
        var read = seasons.Where(s => s is not null).Select(s => s!.Value).ToList();
        return read.Count == 0 ? null : new SeasonHours(name, read.Count, read.Sum(s => s.Events), read.Sum(s => s.Hours));
    }

    /// <summary>The dry season ending in <paramref name="endYear"/>: "2025–2026" for December 2025 – May 2026.</summary>
    public static string SeasonName(int endYear) => $"{endYear - 1}–{endYear}";

    public static Bilingual Missing { get; } = new("chưa có ngưỡng", "no threshold");
}
