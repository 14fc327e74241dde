using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water.Security;

/// <summary>
/// Statistical forecast of an hourly tide-driven series (river level H at a tidal station, salinity SAL or
/// chloride Cl at an intake): harmonic regression by least squares on the main tidal constituents over
/// the last 30 days, 7 days × 24 hours ahead (docs/reference/water-security.md). A statistical forecast,
/// not a hydrological model: it continues the tide and the recent linear drift, and knows nothing of
/// upstream flow, rain or reservoir releases.
/// </summary>
public static class ForecastTide
{
    public const int HorizonHours = 7 * 24;

    public const int FitHours = 30 * 24;

    /// <summary>
    /// Fifteen days: the Rayleigh criterion to tell M2 from S2 is 1 ÷ (1/12 − 1/12.4206) h ≈ 14.8 days,
    /// K1 from O1 ≈ 13.7 days.
    /// </summary>
    public const int MinimumFitHours = 15 * 24;

    /// <summary>Half the held-back week, so the backtest's MAE rests on more than a few tides.</summary>
    public const int MinimumHeldBackHours = HorizonHours / 2;

    /// <summary>N2 is told from M2 only over 1 ÷ (1/12.4206 − 1/12.6583) h ≈ 27.6 days; shorter fits leave it out.</summary>
    public const double N2RayleighHours = 661.3;

    /// <summary>
    /// Seasonal naive: the value one tidal day (24 h 50 min, rounded to 25 h on hourly data) earlier, i.e. the
    /// last 25 hours before the held-back week repeated; it follows the dominant M2 and K1/O1 phases.
    /// </summary>
    public const int NaiveSeasonHours = 25;

    /// <summary>M2, S2, N2, K1, O1 and the spring–neap MSf (14.77 days), periods in hours.</summary>
    public static readonly IReadOnlyList<(string Name, double PeriodHours)> Constituents =
        [("M2", 12.4206), ("S2", 12.0), ("N2", 12.6583), ("K1", 23.9345), ("O1", 25.8193), ("MSf", 354.367)];

    /// <summary>The forecast from hourly values (local time; several in one hour are averaged).</summary>
    public static ForecastOutcome Forecast(IEnumerable<TimedValue> readings)
    {
        var values = new SortedDictionary<long, double>();
        foreach (var hour in readings.GroupBy(r => r.Time.Ticks / TimeSpan.TicksPerHour))
        {
            values[hour.Key] = (double)hour.Average(r => r.Value);
        }

        var constituents = WithN2(values) ? Constituents : [.. Constituents.Where(c => c.Name != "N2")];
        var spec = new ForecastSpec(HorizonHours, FitHours, MinimumFitHours, MinimumHeldBackHours, NaiveSeasonHours,
            (step, anchor) => Row(step, anchor, constituents), step => new DateTime(step * TimeSpan.TicksPerHour), "dd/MM/yyyy HH:mm",
            new("giờ", "hours"), new("giá trị theo giờ", "hourly values"), new("giá trị 25 giờ trước, một ngày triều", "the value 25 hours earlier, one tidal day"));
        return ForecastBacktest.Run(spec, values);
    }

    /// <summary>What the method is, for the page and the API.</summary>
    public static Bilingual Method => new(
        "Hồi quy điều hòa (bình phương tối thiểu) trên các sóng triều M2, S2, N2, K1, O1 và chu kỳ triều cường – triều kém 14,77 ngày, cộng xu hướng tuyến tính, khớp trên 30 ngày gần nhất",
        "Harmonic regression (least squares) on the tidal constituents M2, S2, N2, K1, O1 and the 14.77-day spring–neap cycle, plus a linear trend, fitted on the last 30 days");

    /// <summary>1, the hours from the anchor ÷ the fit window (the linear level), then cos and sin per constituent.</summary>
    private static double[] Row(long step, long anchor, IReadOnlyList<(string Name, double PeriodHours)> constituents)
    {
        var t = (double)(step - anchor);
        var row = new double[2 + (2 * constituents.Count)];
        row[0] = 1;
        row[1] = t / FitHours;
        for (var i = 0; i < constituents.Count; i++)
        {
            var phase = 2 * Math.PI * t / constituents[i].PeriodHours;
            row[2 + (2 * i)] = Math.Cos(phase);
            row[3 + (2 * i)] = Math.Sin(phase);
        }

        return row;
    }

    /// <summary>N2 only when the backtest's fit window spans the 27.6 days needed to separate it from M2.</summary>
    private static bool WithN2(SortedDictionary<long, double> values)
    {
        if (values.Count == 0)
        {
            return false;
        }

        var origin = values.Keys.Max() - HorizonHours;
        var fit = values.Keys.Where(k => k > origin - FitHours && k <= origin).ToList();
        return fit.Count > 0 && fit[^1] - fit[0] >= N2RayleighHours;
    }
}
