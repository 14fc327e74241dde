using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Water.Licences;

namespace TheoDoi.Water.Security;

/// <summary>
/// The water-security scorecard of the Đồng Nai – Sài Gòn basin and its sub-basins as of the end of a year
/// (this year: today), with the basin's history by year (docs/water-security-scorecard.md). Public readers
/// get validated values only.
/// </summary>
public sealed class ScorecardQuery(AppDbContext db)
{
    public const int FirstYear = 1900;

    public async Task<UseCaseResult<ScorecardDto>> RunAsync(int? year, bool validatedOnly, DateOnly today, CancellationToken ct)
    {
        var chosen = year ?? today.Year;
        if (chosen < FirstYear || chosen > today.Year)
        {
            return UseCaseResult.Invalid($"Năm phải từ {FirstYear} đến {today.Year}, không phải {chosen}.", $"year must be from {FirstYear} to {today.Year}, not {chosen}.");
        }

        var basin = await db.WaterBasins.AsNoTracking().SingleAsync(b => b.Code == WaterSeed.Basin, ct);
        var subBasins = await db.WaterBasins.AsNoTracking().Where(b => b.ParentId == basin.Id).OrderBy(b => b.Id).ToListAsync(ct);
        var ids = subBasins.Select(b => b.Id).Append(basin.Id).ToList();
        var stations = await db.WaterStations.AsNoTracking().Where(s => ids.Contains(s.BasinId)).OrderBy(s => s.Code).ToListAsync(ct);
        var licences = await db.WaterLicences.AsNoTracking().Where(l => l.State != LicenceState.Revoked).OrderBy(l => l.Number).ToListAsync(ct);
        var inputs = new ScorecardInputs(db, validatedOnly);
        var gathered = await GatherAsync(inputs, stations, licences, chosen, today, ct);
        var history = new List<ScorecardDto.HistoryYearDto>();
        var first = await FirstYearAsync(inputs, stations, licences, ct) ?? chosen;
        for (var y = Math.Min(first, chosen); y <= chosen; y++)
        {
            var scores = y == chosen ? gathered.Score(_ => true) : (await GatherAsync(inputs, stations, licences, y, today, ct)).Score(_ => true);
            history.Add(new(y, [.. scores.Select(s => new ScorecardDto.HistoryDimensionDto(s.Code, Scorecard.Code(s.Status)))]));
        }

        var links = validatedOnly ? ScorecardInputsView.Public : ScorecardInputsView.SignedIn;
        return UseCaseResult.Done(new ScorecardDto(chosen,
            ScorecardInputsView.Area(basin, gathered, _ => true, links),
            [.. subBasins.Select(b => ScorecardInputsView.Area(b, gathered, id => id == b.Id, links))],
            history));
    }

    private static async Task<ScorecardGathered> GatherAsync(ScorecardInputs inputs, IReadOnlyList<WaterStation> stations, IReadOnlyList<WaterLicence> licences, int year, DateOnly today, CancellationToken ct)
    {
        var asOf = year == today.Year ? today : new DateOnly(year, 12, 31);
        var flows = new List<ScorecardGathered.Flow>();
        var wells = new List<ScorecardGathered.Well>();
        var intakes = new List<ScorecardGathered.Intake>();
        var qualities = new List<ScorecardGathered.Quality>();
        foreach (var station in stations)
        {
            switch (station.Type)
            {
                case StationType.River or StationType.Reservoir:
                    var parameter = station.Type == StationType.River ? "Q" : "V";
                    var (rank, day, value) = await inputs.PercentileAsync(station.Id, parameter, year, asOf, ct);
                    if (day is null)
                    {
                        // Without discharge or stored volumes, the level is ranked: storage rises strictly with
                        // level (the reservoir's level–volume table), so the level's rank among past levels of
                        // the day is the storage's; WaterWatch likewise ranks gauge height where no flow is rated.
                        parameter = "H";
                        (rank, day, value) = await inputs.PercentileAsync(station.Id, parameter, year, asOf, ct);
                    }

                    flows.Add(new(station, parameter, rank, day, value));
                    break;
                case StationType.Groundwater:
                    wells.Add(new(station, new(await inputs.TrendAsync(station.Id, asOf, ct), station.Threshold)));
                    break;
                case StationType.Salinity:
                    intakes.Add(station.Threshold is { } limit and > 0
                        ? new(station, await inputs.SeasonAsync(station.Id, limit, year, asOf, ct), await inputs.SeasonAsync(station.Id, limit, year - 1, asOf, ct))
                        : new(station, null, null));
                    break;
                default:
                    var (indices, below) = await inputs.QualityAsync(station, year, asOf, ct);
                    qualities.Add(new(station, indices, below));
                    break;
            }
        }

        var works = new List<ScorecardGathered.Work>();
        foreach (var licence in licences.Where(l => l.ValidFrom <= asOf && l.ValidTo >= new DateOnly(year, 1, 1)))
        {
            var months = (await LicenceQueries.ComplianceAsync(inputs.Db, licence, year, ct)).Where(m => m.Month <= asOf.Month || year < asOf.Year).ToList();
            works.Add(new(licence, Nearest(stations, licence), months.Count(m => m.Status is ComplianceStatus.Within or ComplianceStatus.Over), months.Count(m => m.Status == ComplianceStatus.Over)));
        }

        return new(flows, wells, intakes, qualities, works, ScorecardGathered.SeasonName(year), ScorecardGathered.SeasonName(year - 1));
    }

    /// <summary>Licences carry no basin: a work counts in the basin of the monitoring station nearest it.</summary>
    private static int? Nearest(IReadOnlyList<WaterStation> stations, WaterLicence licence)
    {
        var scale = Math.Cos((double)licence.Latitude * Math.PI / 180);
        return stations.Where(s => s.Latitude is not null && s.Longitude is not null)
            .Select(s => (s.BasinId, Distance: Math.Pow((double)(s.Latitude!.Value - licence.Latitude), 2) + Math.Pow((double)(s.Longitude!.Value - licence.Longitude) * scale, 2)))
            .OrderBy(s => s.Distance).Select(s => (int?)s.BasinId).FirstOrDefault();
    }

    private static async Task<int?> FirstYearAsync(ScorecardInputs inputs, IReadOnlyList<WaterStation> stations, IReadOnlyList<WaterLicence> licences, CancellationToken ct)
    {
        int? first = licences.Count > 0 ? licences.Min(l => l.ValidFrom.Year) : null;
        foreach (var station in stations)
        {
            if (await inputs.FirstYearAsync(station.Id, ct) is { } y && (first is null || y < first))
            {
                first = y;
            }
        }

        return first;
    }
}
