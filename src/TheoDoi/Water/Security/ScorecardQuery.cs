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
        var series = await ScorecardSeries.LoadAsync(db, validatedOnly, stations, licences, today, ct);
        var inputs = new ScorecardInputs(series);
        var gathered = Gather(inputs, stations, licences, chosen, today);
        var history = new List<ScorecardDto.HistoryYearDto>();
        for (var y = Math.Min(series.FirstYear ?? chosen, chosen); y <= chosen; y++)
        {
            var scores = (y == chosen ? gathered : Gather(inputs, stations, licences, y, today)).Score(_ => true);
            history.Add(new(y, [.. scores.Select(s => new ScorecardDto.HistoryDimensionDto(s.Code, Scorecard.Code(s.Status)))]));
        }

        var links = validatedOnly ? ScorecardInputsView.Public : ScorecardInputsView.SignedIn;
        return UseCaseResult.Done(new ScorecardDto(chosen,
            ScorecardInputsView.Area(basin, gathered, _ => true, links),
            [.. subBasins.Select(b => ScorecardInputsView.Area(b, gathered, id => id == b.Id, links))],
            history));
    }

    private static ScorecardGathered Gather(ScorecardInputs inputs, IReadOnlyList<WaterStation> stations, IReadOnlyList<WaterLicence> licences, int year, DateOnly today)
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
                    var (rank, day, value) = inputs.Percentile(station.Id, parameter, year, asOf);
                    if (day is null)
                    {
                        // Without discharge or stored volumes, the level is ranked: storage rises strictly with
                        // level (the reservoir's level–volume table), so the level's rank among past levels of
                        // the day is the storage's; WaterWatch likewise ranks gauge height where no flow is rated.
                        parameter = "H";
                        (rank, day, value) = inputs.Percentile(station.Id, parameter, year, asOf);
                    }

                    flows.Add(new(station, parameter, rank, day, value));
                    break;
                case StationType.Groundwater:
                    wells.Add(new(station, new(inputs.Trend(station.Id, asOf), station.Threshold)));
                    break;
                case StationType.Salinity:
                    intakes.Add(station.Threshold is { } limit and > 0
                        ? new(station, inputs.Season(station.Id, limit, year, asOf), inputs.Season(station.Id, limit, year - 1, asOf))
                        : new(station, null, null));
                    break;
                default:
                    var (indices, below) = inputs.Quality(station, year);
                    qualities.Add(new(station, indices, below));
                    break;
            }
        }

        var works = new List<ScorecardGathered.Work>();
        foreach (var licence in licences.Where(l => l.ValidFrom <= asOf && l.ValidTo >= new DateOnly(year, 1, 1)))
        {
            var months = inputs.Compliance(licence, year).Where(m => m.Month <= asOf.Month || year < asOf.Year).ToList();
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
}
