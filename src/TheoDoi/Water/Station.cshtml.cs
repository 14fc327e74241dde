using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// A station: its latest index and level with their reasons, the index over time on the colour bands,
/// a chart per parameter with the QCVN 08:2023 limit lines, recent samples, alerts, data sources and
/// exports. Without sign-in: validated data only. Data stewards validate or reject a period here.
/// </summary>
public sealed class Station(AppDbContext db, TimeProvider clock, ValidateObservations validate, ReplaceLevelVolume replaceLevelVolume, WaterSecurityReads reads, StationForecast forecasts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Resolution { get; set; }

    public WaterStation Item { get; private set; } = null!;
    public bool PublicView { get; private set; }
    public bool CanValidate { get; private set; }
    public WqiResolution Chosen { get; private set; }
    public long Start { get; private set; }
    public long End { get; private set; }
    public WaterSample? Latest { get; private set; }
    public IReadOnlyList<WaterSample> Indices { get; private set; } = [];
    public IReadOnlyList<(WaterParameterEntry Parameter, IReadOnlyList<WaterQueries.SeriesPoint> Points)> Series { get; private set; } = [];
    public IReadOnlyList<WaterAlert> Alerts { get; private set; } = [];
    public IReadOnlyList<WaterImportBatch> Sources { get; private set; } = [];
    public IReadOnlyList<string> Messages { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public IReadOnlyList<Core.Water.Security.LevelVolumeRow> LevelVolume { get; private set; } = [];
    public StationForecast.View? Forecast { get; private set; }

    /// <summary>The river, reservoir, well or salinity sections; none for a quality station.</summary>
    public StationSections Sections { get; private set; } = StationSections.None;

    /// <summary>A data steward replaces a reservoir's level–volume table: all or nothing, every refused row named.</summary>
    public async Task<IActionResult> OnPostLevelVolumeAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.DataSteward) && !User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        if (file is null || file.Length == 0 || file.Length > WaterSecurityEndpoints.MaxTableBytes)
        {
            Messages = [new Core.Texts.Bilingual("Chưa chọn tệp, hoặc tệp lớn quá 1 MB.", "No file chosen, or the file is over 1 MB.").Pick()];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8);
        var result = await replaceLevelVolume.RunAsync(Code, reader, cancellationToken);
        Messages = result.IsDone
            ? [new Core.Texts.Bilingual($"Đã lưu bảng mực nước – dung tích ({Format.Number(result.Done())} dòng).", $"Level–volume table saved ({Format.Number(result.Done())} rows).").Pick()]
            : [.. result.Errors, .. result.Problems.Select(p => p.Located().Pick())];
        if (!result.IsDone)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostValidateAsync(DateOnly from, DateOnly to, QcState state, string? parameter, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.DataSteward) && !User.IsInRole(Roles.Admin))
        {
            return Forbid();
        }

        if (FormRefusals.Of(HttpContext) is { } unreadable)
        {
            Messages = unreadable.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var result = await validate.RunAsync(Code, new ValidateObservations.Request(from, to, state, parameter), cancellationToken);
        var changed = result.IsDone ? result.Done() : 0;
        Messages = result.IsDone
            ? [new Core.Texts.Bilingual(
                $"{Format.Number(changed)} {(state == QcState.Validated ? "giá trị đã được đánh dấu đã kiểm định" : state == QcState.Rejected ? "giá trị đã bị loại" : "giá trị trở lại chưa kiểm định")}.",
                $"{Format.Number(changed)} values {(state == QcState.Validated ? "validated" : state == QcState.Rejected ? "rejected" : "back to not validated")}.").Pick()]
            : result.Errors;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await WaterQueries.StationAsync(db, Code, cancellationToken) is not { } station)
        {
            return false;
        }

        Item = station;
        PublicView = User.Identity?.IsAuthenticated != true;
        CanValidate = User.IsInRole(Roles.DataSteward) || User.IsInRole(Roles.Admin);
        Today = VietnamTime.Today(clock);
        Chosen = Enum.TryParse<WqiResolution>(Resolution, true, out var r) && Enum.IsDefined(r) ? r : WaterQueries.Resolution(station.Kind);
        var quality = station.Type == StationType.Quality;
        Latest = quality ? (await WaterQueries.LatestAsync(db, PublicView, cancellationToken)).GetValueOrDefault(station.Id) : null;
        var lastDay = quality ? (Latest is null ? Today : ComputeSamples.DayOf(Latest.SampledAt)) : await StationSections.LastDayAsync(db, station.Id, PublicView, cancellationToken) ?? Today;
        To ??= lastDay > Today ? Today : lastDay;
        // A typed station opens on a year (a well on ten: monthly readings and a 10-year trend).
        From ??= !quality ? To.Value.AddYears(station.Type == StationType.Groundwater ? -10 : -1).AddDays(1)
            : station.Kind == StationKind.Automatic ? To.Value.AddDays(-6) : To.Value.AddYears(-3).AddDays(1);
        if (From > To)
        {
            (From, To) = (To, From);
        }

        (Start, End) = WaterQueries.Span(From.Value, To.Value);
        Sections = await StationSections.LoadAsync(db, reads, new StationPeriod(station, From.Value, To.Value, PublicView, Today), cancellationToken);
        Indices = quality ? await WaterQueries.IndicesAsync(db, station.Id, Chosen, Start, End, PublicView, cancellationToken) : [];
        var series = new List<(WaterParameterEntry, IReadOnlyList<WaterQueries.SeriesPoint>)>();
        foreach (var parameter in quality ? await WaterQueries.ParametersOfAsync(db, station.Id, PublicView, cancellationToken) : new List<WaterParameterEntry>())
        {
            var points = await WaterQueries.SeriesAsync(db, station.Id, parameter.Id, Start, End, PublicView, cancellationToken);
            if (points.Count > 0)
            {
                series.Add((parameter, points));
            }
        }

        Series = series;
        var alerts = db.WaterAlerts.AsNoTracking().Where(a => a.StationId == station.Id);
        alerts = PublicView ? alerts.Where(a => a.Validated) : alerts;
        Alerts = await alerts.OrderByDescending(a => a.SampledAt).Take(20).ToListAsync(cancellationToken);
        var batchIds = await db.WaterObservations.AsNoTracking().Where(o => o.StationId == station.Id && o.ObservedAt >= Start && o.ObservedAt <= End)
            .Select(o => o.BatchId).Distinct().ToListAsync(cancellationToken);
        Sources = await db.WaterImportBatches.AsNoTracking().Where(b => batchIds.Contains(b.Id)).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        LevelVolume = station.Type == StationType.Reservoir ? await ReplaceLevelVolume.LoadAsync(db, station.Id, cancellationToken) : [];
        Forecast = await forecasts.ForPageAsync(station, PublicView, cancellationToken);
        return true;
    }

    /// <summary>QCVN 08:2023 lines for a parameter: the level bounds of Bảng 2 and the Bảng 1 health limit.</summary>
    public static IReadOnlyList<WaterCharts.Line> Limits(string parameter)
    {
        var lines = new List<WaterCharts.Line>();
        var colours = new Dictionary<string, string> { ["A"] = "#3333FF", ["B"] = "#00A000", ["C"] = "#E07000" };
        if (Qcvn08Tables.V2023.FindCriterion(parameter) is { } criterion)
        {
            foreach (var cell in criterion.Cells.Where(c => colours.ContainsKey(c.Level)))
            {
                foreach (var range in cell.Ranges)
                {
                    foreach (var bound in new[] { range.Min, range.Max }.OfType<decimal>())
                    {
                        if (lines.All(l => l.Value != (double)bound))
                        {
                            lines.Add(new WaterCharts.Line((double)bound, $"{cell.Level} {cell.Text}{(cell.Unconfirmed ? " †" : "")}", colours[cell.Level]));
                        }
                    }
                }
            }
        }

        if (Qcvn08Tables.V2023.HealthLimits.FirstOrDefault(h => h.Parameter == parameter) is { } health)
        {
            lines.Add(new WaterCharts.Line((double)health.Limit, $"Bảng 1 ≤{Format.Number(health.Limit, 4)}{(health.Unconfirmed ? " †" : "")}", "#D00000", Dashed: false));
        }

        return lines;
    }
}
