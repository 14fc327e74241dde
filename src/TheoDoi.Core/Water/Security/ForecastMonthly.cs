using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water.Security;

/// <summary>
/// Statistical forecast of a monthly groundwater depth (GWD): a linear trend plus one mean per calendar
/// month, fitted by least squares on up to nine years before the held-back year, 12 months ahead
/// (docs/reference/water-security.md). A statistical forecast, not a groundwater model: it continues the
/// trend and the seasonal cycle, and knows nothing of abstraction or recharge to come.
/// </summary>
public static class ForecastMonthly
{
    public const int HorizonMonths = 12;

    public const int FitMonths = 9 * 12;

    /// <summary>Two years: every calendar month's mean then rests on at least one reading besides the trend.</summary>
    public const int MinimumFitMonths = 24;

    public const int MinimumHeldBackMonths = HorizonMonths / 2;

    /// <summary>The forecast from dated depths (several in one month are averaged: the month's mean).</summary>
    public static ForecastOutcome Forecast(IEnumerable<DatedValue> readings)
    {
        var values = new SortedDictionary<long, double>();
        foreach (var month in readings.GroupBy(r => (r.Date.Year * 12L) + r.Date.Month - 1))
        {
            values[month.Key] = (double)month.Average(r => r.Value);
        }

        var spec = new ForecastSpec(HorizonMonths, FitMonths, MinimumFitMonths, MinimumHeldBackMonths, 12, Row,
            step => new DateTime((int)(step / 12), (int)(step % 12) + 1, 1), "MM/yyyy",
            new("tháng", "months"), new("giá trị theo tháng", "monthly values"), new("cùng tháng năm trước", "the same month a year earlier"));
        // A calendar month absent from a fit leaves its mean undetermined (a column of zeros).
        if (values.Count > 0 && MissingFromFit(values) is { Count: > 0 } missing)
        {
            var names = string.Join(", ", missing.Select(m => m + 1));
            return ForecastBacktest.Refuse(null, new(
                $"Mỗi tháng trong năm cần ít nhất một giá trị trong thời gian khớp mô hình; thiếu tháng {names}",
                $"Every calendar month needs at least one value in the fit period; months {names} have none"));
        }

        return ForecastBacktest.Run(spec, values);
    }

    /// <summary>What the method is, for the page and the API.</summary>
    public static Bilingual Method => new(
        "Xu hướng tuyến tính cộng trung bình theo từng tháng trong năm (bình phương tối thiểu), khớp trên tối đa 9 năm",
        "Linear trend plus one mean per calendar month (least squares), fitted on up to 9 years");

    /// <summary>1, years from the anchor (the slope is per year), then an indicator for each month but January.</summary>
    private static double[] Row(long step, long anchor)
    {
        var row = new double[13];
        row[0] = 1;
        row[1] = (step - anchor) / 12.0;
        var month = (int)(step % 12);
        if (month > 0)
        {
            row[1 + month] = 1;
        }

        return row;
    }

    /// <summary>Calendar months absent from the backtest's fit or from the final fit (the last 108 months).</summary>
    private static List<int> MissingFromFit(SortedDictionary<long, double> values)
    {
        var last = values.Keys.Max();
        var origin = last - HorizonMonths;
        var fit = values.Keys.Where(k => k > origin - FitMonths && k <= origin).ToList();
        var final = values.Keys.Where(k => k > last - FitMonths).ToList();
        return fit.Count < MinimumFitMonths ? [] : [.. Enumerable.Range(0, 12).Where(m => !fit.Any(k => k % 12 == m) || !final.Any(k => k % 12 == m))];
    }
}
