using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// Issue 9's statistical forecasts of a station's level, salinity or groundwater depth over a bounded window
/// (hourly means of the last 37 days, or daily means of the last 10 years for GWD, averaged in SQL), with the
/// backtest skill next to them (docs/reference/water-security.md). Public readers get validated values only.
/// </summary>
public sealed class StationForecast(AppDbContext db, TimeProvider clock)
{
    public sealed record PointDto(DateTimeOffset Time, double Value, double Lo80, double Hi80, double Lo95, double Hi95);

    public sealed record SkillDto(double Mae, double NaiveMae, double Skill, DateTimeOffset HeldBackFrom, DateTimeOffset HeldBackTo);

    /// <param name="Horizon">ISO 8601: P7D (hourly, 168 points) or P12M (monthly, 12 points).</param>
    /// <param name="Points">Empty when refused: too little history, or no skill over the naive forecast (see Why).</param>
    public sealed record ForecastDto(string Parameter, string Method, string Label, string Horizon, IReadOnlyList<PointDto> Points, SkillDto? Skill, string Why);

    /// <summary>The forecast and the last stretch of history, for the station page.</summary>
    public sealed record View(ForecastDto Forecast, WaterParameterEntry Parameter, bool Monthly, IReadOnlyList<(DateTimeOffset Time, double Value)> History);

    public static readonly Bilingual Label = new("dự báo thống kê, không phải mô hình thủy văn", "statistical forecast, not a hydrological model");

    private static readonly string[] s_parameters = ["H", "SAL", "Cl", "GWD"];
    private static readonly TimeSpan s_vietnam = TimeSpan.FromHours(7);

    /// <summary>The forecast of <paramref name="parameter"/>, or of the station type's first parameter with data.</summary>
    public async Task<UseCaseResult<ForecastDto>> ForecastAsync(string code, string? parameter, bool validatedOnly, CancellationToken ct)
    {
        if (await db.WaterStations.AsNoTracking().WithCode(s => s.Code, code).SingleOrDefaultAsync(ct) is not { } station)
        {
            return UseCaseResult.NotFound($"Không có trạm {code}.", $"No station {code}.");
        }

        if (parameter is { Length: > 0 } p && !s_parameters.Contains(p, StringComparer.OrdinalIgnoreCase))
        {
            return UseCaseResult.Invalid($"Tham số parameter phải là H, SAL, Cl hoặc GWD, không phải '{p}'.", $"parameter must be H, SAL, Cl or GWD, not '{p}'.");
        }

        var candidates = parameter is { Length: > 0 } one ? [one] : ByType(station.Type);
        return await FirstAsync(station, candidates, validatedOnly, ct) is { } view
            ? UseCaseResult.Done(view.Forecast)
            : UseCaseResult.Invalid($"Trạm {station.Code} chưa có số liệu {string.Join(", ", candidates)}.", $"Station {station.Code} has no {string.Join(", ", candidates)} values.");
    }

    /// <summary>For the station page: river, salinity and groundwater stations with data; otherwise null.</summary>
    public async Task<View?> ForPageAsync(WaterStation station, bool validatedOnly, CancellationToken ct) =>
        station.Type is StationType.River or StationType.Salinity or StationType.Groundwater
            ? await FirstAsync(station, ByType(station.Type), validatedOnly, ct)
            : null;

    /// <summary>Salinity stations forecast salinity first, wells their depth, the rest their level.</summary>
    private static string[] ByType(StationType type) => type switch
    {
        StationType.Salinity => ["SAL", "Cl", "H"],
        StationType.Groundwater => ["GWD"],
        _ => ["H", "SAL", "Cl"],
    };

    private async Task<View?> FirstAsync(WaterStation station, IEnumerable<string> candidates, bool validatedOnly, CancellationToken ct)
    {
        var parameters = await db.WaterParameters.AsNoTracking().Where(p => s_parameters.Contains(p.Code)).ToListAsync(ct);
        foreach (var candidate in candidates)
        {
            if (parameters.FirstOrDefault(p => string.Equals(p.Code, candidate, StringComparison.OrdinalIgnoreCase)) is not { } entry)
            {
                continue;
            }

            var observations = Observations(station.Id, entry.Id, validatedOnly);
            if (await observations.MaxAsync(o => (long?)o.ObservedAt, ct) is not { } latest)
            {
                continue;
            }

            var view = entry.Code == "GWD"
                ? await MonthlyAsync(observations, latest, entry, ct)
                : await HourlyAsync(observations, entry, latest, ct);
            return Stale(view, latest);
        }

        return null;
    }

    /// <summary>
    /// A forecast runs from the series' last reading; when that is older than one horizon (7 days hourly, two
    /// months for monthly depths), "the next 7 days" would already be past, so the page says why instead —
    /// as the public view of an intake whose recent readings are not validated yet.
    /// </summary>
    private View Stale(View view, long latest)
    {
        var last = DateTimeOffset.FromUnixTimeSeconds(latest).ToOffset(s_vietnam);
        var allowed = view.Monthly ? TimeSpan.FromDays(62) : TimeSpan.FromDays(7);
        if (view.Forecast.Points.Count == 0 || clock.GetUtcNow() - last <= allowed)
        {
            return view;
        }

        var why = view.Monthly
            ? new Bilingual($"Số liệu mới nhất ngày {last:dd/MM/yyyy}, đã quá 2 tháng: chỉ dự báo cho chuỗi có số liệu trong 2 tháng gần đây.", $"The latest value is of {last:yyyy-MM-dd}, over 2 months ago: only a series with values in the last 2 months is forecast.")
            : new Bilingual($"Số liệu mới nhất lúc {last:HH:mm dd/MM/yyyy}, đã quá 7 ngày: chỉ dự báo cho chuỗi có số liệu trong 7 ngày gần đây.", $"The latest value is of {last:yyyy-MM-dd HH:mm}, over 7 days ago: only a series with values in the last 7 days is forecast.");
        return view with { Forecast = view.Forecast with { Points = [], Why = why.Pick() } };
    }

    private async Task<View> HourlyAsync(IQueryable<WaterObservation> observations, WaterParameterEntry parameter, long latest, CancellationToken ct)
    {
        var from = latest - ((ForecastTide.FitHours + ForecastTide.HorizonHours) * 3600L);
        var hours = await observations.Where(o => o.ObservedAt > from).GroupBy(o => o.ObservedAt / 3600)
            .Select(g => new { Hour = g.Key, Mean = g.Average(o => o.Value) }).OrderBy(h => h.Hour).ToListAsync(ct);
        var series = hours.Select(h => (Time: WaterQueries.Local(h.Hour * 3600), h.Mean)).ToList();
        var outcome = ForecastTide.Forecast(series.Select(h => new TimedValue(h.Time.DateTime, (decimal)h.Mean)));
        var dto = Dto(parameter.Code, "harmonic-regression", ForecastTide.Method, "P7D", outcome);
        return new View(dto, parameter, false, [.. series.TakeLast(72).Select(h => (h.Time, h.Mean))]);
    }

    private async Task<View> MonthlyAsync(IQueryable<WaterObservation> observations, long latest, WaterParameterEntry parameter, CancellationToken ct)
    {
        var from = latest - (3653 * 86_400L);
        var days = await observations.Where(o => o.ObservedAt > from).GroupBy(o => (o.ObservedAt + 25_200) / 86_400)
            .Select(g => new { Day = g.Key, Mean = g.Average(o => o.Value) }).OrderBy(d => d.Day).ToListAsync(ct);
        var daily = days.Select(d => new DatedValue(DateOnly.FromDayNumber((int)d.Day + DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber), (decimal)d.Mean)).ToList();
        var outcome = ForecastMonthly.Forecast(daily);
        var dto = Dto("GWD", "trend-plus-monthly-means", ForecastMonthly.Method, "P12M", outcome);
        var months = daily.GroupBy(d => new DateOnly(d.Date.Year, d.Date.Month, 1))
            .Select(g => (Time: new DateTimeOffset(g.Key.ToDateTime(TimeOnly.MinValue), s_vietnam), Value: (double)g.Average(d => d.Value)));
        return new View(dto, parameter, true, [.. months.TakeLast(36)]);
    }

    private static ForecastDto Dto(string parameter, string method, Bilingual description, string horizon, ForecastOutcome outcome)
    {
        var points = outcome.Forecast.IsComputed
            ? outcome.Forecast.Value.Select(p => new PointDto(new DateTimeOffset(p.Time, s_vietnam), R(p.Value), R(p.Lo80), R(p.Hi80), R(p.Lo95), R(p.Hi95))).ToList()
            : [];
        var skill = outcome.Skill is { } s
            ? new SkillDto(R(s.Mae), R(s.NaiveMae), Math.Round(s.Skill, 4), new DateTimeOffset(s.HeldBackFrom, s_vietnam), new DateTimeOffset(s.HeldBackTo, s_vietnam))
            : null;
        // A refusal leads with its reason; a forecast with its method, then the backtest arithmetic.
        var why = outcome.Forecast.IsComputed ? description.Pick() + ". " + outcome.Forecast.Why!.Pick() : outcome.Forecast.Refusal!.Pick() + ". " + description.Pick() + ".";
        return new ForecastDto(parameter, method, Label.Pick(), horizon, points, skill, why);
    }

    private static double R(double value) => Math.Round(value, 4);

    private IQueryable<WaterObservation> Observations(int stationId, int parameterId, bool validatedOnly)
    {
        var query = db.WaterObservations.AsNoTracking().Where(o => o.StationId == stationId && o.ParameterId == parameterId);
        return validatedOnly ? query.Where(o => o.Qc == (short)QcState.Validated) : query.Where(o => o.Qc != (short)QcState.Rejected);
    }
}
