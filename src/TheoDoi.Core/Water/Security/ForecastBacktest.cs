using MathNet.Numerics.LinearRegression;
using TheoDoi.Core.Texts;
using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <summary>One forecast step with its 80 % and 95 % intervals.</summary>
public sealed record ForecastPoint(DateTime Time, double Value, double Lo80, double Hi80, double Lo95, double Hi95);

/// <summary>
/// The backtest: the method and the seasonal-naive forecast on the held-back last horizon;
/// skill = 1 − MAE ÷ MAE(naive), positive when the method is the better of the two.
/// </summary>
public sealed record ForecastSkill(double Mae, double NaiveMae, double Skill, DateTime HeldBackFrom, DateTime HeldBackTo, int Compared);

/// <summary>
/// The skill of the backtest (null when there was too little data to run it) and the forecast, or the
/// refusal: too little history (how much is needed, how much there is), or no skill over the naive forecast.
/// </summary>
public sealed record ForecastOutcome(ForecastSkill? Skill, Computed<IReadOnlyList<ForecastPoint>> Forecast);

/// <summary>
/// How one series is forecast: regular steps (hours or months) numbered as integers, a least-squares design
/// row per step, a seasonal-naive season, and the window and minimums (docs/reference/water-security.md).
/// </summary>
internal sealed record ForecastSpec(
    int Horizon, int FitWindow, int MinimumFit, int MinimumHeldBack, int Season,
    Func<long, long, double[]> Row, Func<long, DateTime> TimeOf, string TimeFormat, Bilingual StepName, Bilingual ValueName, Bilingual NaiveName);

/// <summary>
/// The shared engine of the statistical forecasts: hold back the last horizon, fit by least squares
/// (MathNet.Numerics QR, MIT) on the fit window before it, compare with the seasonal-naive forecast on the
/// held-back values, and refuse unless the method wins. Intervals: the forecast ± z × the root mean square
/// of the backtest errors (z = 1.2816 for 80 %, 1.96 for 95 %, normal quantiles), so they carry the
/// out-of-sample error of the held-back period rather than the smaller in-sample residual.
/// </summary>
internal static class ForecastBacktest
{
    public const double Z80 = 1.2816;
    public const double Z95 = 1.96;

    public static ForecastOutcome Run(ForecastSpec spec, SortedDictionary<long, double> values)
    {
        if (values.Count == 0)
        {
            return Refuse(null, TooLittle(spec, 0, 0));
        }

        var last = values.Keys.Max();
        var origin = last - spec.Horizon;
        var fit = values.Where(v => v.Key > origin - spec.FitWindow && v.Key <= origin).ToList();
        var held = values.Where(v => v.Key > origin).ToList();
        if (fit.Count < spec.MinimumFit || held.Count < spec.MinimumHeldBack)
        {
            return Refuse(null, TooLittle(spec, fit.Count, held.Count));
        }

        var coefficients = Fit(spec, fit, last);
        var errors = new List<double>();
        var naiveErrors = new List<double>();
        foreach (var (step, actual) in held)
        {
            if (Naive(values, origin, step, spec) is { } naive)
            {
                errors.Add(Predict(spec, coefficients, step, last) - actual);
                naiveErrors.Add(naive - actual);
            }
        }

        if (errors.Count == 0)
        {
            return Refuse(null, TooLittle(spec, fit.Count, 0));
        }

        var mae = errors.Average(Math.Abs);
        var naiveMae = naiveErrors.Average(Math.Abs);
        var skill = naiveMae > 0 ? 1 - (mae / naiveMae) : double.NegativeInfinity;
        var result = new ForecastSkill(mae, naiveMae, skill, spec.TimeOf(origin + 1), spec.TimeOf(last), errors.Count);
        var period = $"{result.HeldBackFrom.ToString(spec.TimeFormat, System.Globalization.CultureInfo.InvariantCulture)}–{result.HeldBackTo.ToString(spec.TimeFormat, System.Globalization.CultureInfo.InvariantCulture)}";
        if (!(skill > 0))
        {
            return Refuse(result, Both(
                c => $"Dự báo thống kê không tốt hơn dự báo ngây thơ theo mùa ({spec.NaiveName.Vi}) trong {spec.Horizon} {spec.StepName.Vi} giữ lại để kiểm tra ({period}): MAE {N(mae, c)} so với {N(naiveMae, c)} của dự báo ngây thơ; không hiển thị dự báo",
                c => $"The statistical forecast does not beat the seasonal-naive forecast ({spec.NaiveName.En}) over the {spec.Horizon} held-back {spec.StepName.En} ({period}): MAE {N(mae, c)} against {N(naiveMae, c)} for the naive forecast; no forecast shown"));
        }

        var rms = Math.Sqrt(errors.Average(e => e * e));
        var final = Fit(spec, [.. values.Where(v => v.Key > last - spec.FitWindow)], last);
        // A gap-ridden window can leave the least squares undetermined: no number rather than a wrong one.
        if (!final.All(double.IsFinite) || !double.IsFinite(rms))
        {
            return Refuse(result, new(
                $"Số liệu {spec.FitWindow} {spec.StepName.Vi} gần nhất có quá nhiều khoảng trống để khớp mô hình",
                $"The last {spec.FitWindow} {spec.StepName.En} have too many gaps to fit the model"));
        }

        var points = new List<ForecastPoint>(spec.Horizon);
        for (var step = last + 1; step <= last + spec.Horizon; step++)
        {
            var value = Predict(spec, final, step, last);
            points.Add(new ForecastPoint(spec.TimeOf(step), value, value - (Z80 * rms), value + (Z80 * rms), value - (Z95 * rms), value + (Z95 * rms)));
        }

        return new ForecastOutcome(result, Computed<IReadOnlyList<ForecastPoint>>.Ok(points, Both(
            c => $"Kiểm tra trên {errors.Count} giá trị giữ lại ({period}): MAE {N(mae, c)} so với {N(naiveMae, c)} của dự báo ngây thơ ({spec.NaiveName.Vi}), kỹ năng 1 − MAE ÷ MAE ngây thơ = {N(skill, c)}; khoảng 80 %/95 % = dự báo ± 1,2816/1,96 × RMS sai số kiểm tra ({N(rms, c)})",
            c => $"Backtest on {errors.Count} held-back values ({period}): MAE {N(mae, c)} against {N(naiveMae, c)} for the naive forecast ({spec.NaiveName.En}), skill 1 − MAE ÷ naive MAE = {N(skill, c)}; 80 %/95 % intervals = forecast ± 1.2816/1.96 × the backtest error RMS ({N(rms, c)})")));
    }

    /// <summary>Least squares by QR (better conditioned than the normal equations).</summary>
    private static double[] Fit(ForecastSpec spec, List<KeyValuePair<long, double>> rows, long anchor) =>
        MultipleRegression.QR(rows.Select(r => spec.Row(r.Key, anchor)).ToArray(), rows.Select(r => r.Value).ToArray());

    private static double Predict(ForecastSpec spec, double[] coefficients, long step, long anchor)
    {
        var row = spec.Row(step, anchor);
        var sum = 0.0;
        for (var i = 0; i < row.Length; i++)
        {
            sum += row[i] * coefficients[i];
        }

        return sum;
    }

    /// <summary>
    /// Seasonal naive from the origin: the value one season before, in the last season before the held-back
    /// period (step − season × ⌈(step − origin) ÷ season⌉); a missing one is taken a season earlier again.
    /// </summary>
    private static double? Naive(SortedDictionary<long, double> values, long origin, long step, ForecastSpec spec)
    {
        var back = step - (spec.Season * (long)Math.Ceiling((step - origin) / (double)spec.Season));
        for (; back > origin - spec.FitWindow; back -= spec.Season)
        {
            if (values.TryGetValue(back, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static Bilingual TooLittle(ForecastSpec spec, int fit, int held) => new(
        $"Cần ít nhất {spec.MinimumFit} {spec.ValueName.Vi} trong {spec.FitWindow} {spec.StepName.Vi} để khớp mô hình và ít nhất {spec.MinimumHeldBack} trong {spec.Horizon} {spec.StepName.Vi} cuối giữ lại để kiểm tra; hiện có {fit} và {held}",
        $"Needs at least {spec.MinimumFit} {spec.ValueName.En} in the {spec.FitWindow} {spec.StepName.En} of the fit and at least {spec.MinimumHeldBack} in the last {spec.Horizon} {spec.StepName.En} held back for the backtest; has {fit} and {held}");

    public static ForecastOutcome Refuse(ForecastSkill? skill, Bilingual reason) =>
        new(skill, Computed<IReadOnlyList<ForecastPoint>>.Refused(reason));
}
