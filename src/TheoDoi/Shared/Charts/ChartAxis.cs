using System.Globalization;
using System.Net;
using System.Text;

namespace TheoDoi.Shared.Charts;

/// <summary>How one chart draws its axes: grid and text colours, text size, the gap between axis and labels, and how coordinates are written.</summary>
public sealed record AxisStyle(string Grid, string Text, int FontSize, int LabelGap, string CoordinateFormat)
{
    /// <summary>A coordinate written invariant, as SVG wants it.</summary>
    public string Coordinate(double value) => value.ToString(CoordinateFormat, CultureInfo.InvariantCulture);
}

/// <summary>
/// The axis and tick code shared by the water charts (Water/WaterCharts.cs) and the indicator chart
/// (Indicators/IndicatorChart.cs). It lives in Shared/Charts, not in either feature folder, because both
/// features draw with it and neither owns it; each chart keeps its own look through <see cref="AxisStyle"/>.
/// Charts are server-rendered SVG (docs/DESIGN.md): they work offline, without scripts, and print.
/// </summary>
public static class ChartAxis
{
    /// <summary>Labels of the value axis (right-aligned left of <paramref name="left"/>), each with a grid line across the plot unless <paramref name="grid"/> is false.</summary>
    public static void Values(StringBuilder svg, IEnumerable<double> ticks, Func<double, double> y, int left, int right, AxisStyle style, Func<double, string> label, bool grid = true)
    {
        foreach (var tick in ticks)
        {
            if (grid)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{right}\" y1=\"{style.Coordinate(y(tick))}\" y2=\"{style.Coordinate(y(tick))}\" stroke=\"{style.Grid}\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - style.LabelGap}\" y=\"{style.Coordinate(y(tick) + 4)}\" text-anchor=\"end\" font-size=\"{style.FontSize}\" fill=\"{style.Text}\">{WebUtility.HtmlEncode(label(tick))}</text>");
        }
    }

    /// <summary>Labels of the horizontal axis centred on each tick at height <paramref name="y"/>; with <paramref name="mark"/>, a short tick mark below the plot (from y1 to y2, in that colour).</summary>
    public static void Across(StringBuilder svg, IEnumerable<(double X, string Label)> ticks, int y, AxisStyle style, (int Y1, int Y2, string Colour)? mark = null)
    {
        foreach (var (x, label) in ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{style.Coordinate(x)}\" y=\"{y}\" text-anchor=\"middle\" font-size=\"{style.FontSize}\" fill=\"{style.Text}\">{WebUtility.HtmlEncode(label)}</text>");
            if (mark is { } m)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{style.Coordinate(x)}\" x2=\"{style.Coordinate(x)}\" y1=\"{m.Y1}\" y2=\"{m.Y2}\" stroke=\"{m.Colour}\"/>");
            }
        }
    }

    /// <summary>Round ticks (1, 2 or 5 × a power of ten) from <paramref name="min"/> to <paramref name="max"/>, four to eight of them.</summary>
    public static IEnumerable<double> Round(double min, double max)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10((max - min) / 4)));
        if ((max - min) / step > 8)
        {
            step *= 2;
        }

        if ((max - min) / step > 8)
        {
            step *= 2.5;
        }

        for (var v = Math.Ceiling(min / step) * step; v <= max; v += step)
        {
            yield return v;
        }
    }

    /// <summary><paramref name="parts"/> + 1 evenly spaced ticks from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static IEnumerable<double> Even(double min, double max, int parts)
    {
        for (var tick = min; tick <= max + 1e-9; tick += (max - min) / parts)
        {
            yield return tick;
        }
    }

    /// <summary>Time ticks and their labels between two instants (Unix seconds, Việt Nam time): hours, days, months or years, whichever fits the span.</summary>
    public static IEnumerable<(long Time, string Label)> Times(long from, long to)
    {
        var start = DateTimeOffset.FromUnixTimeSeconds(from).ToOffset(TimeSpan.FromHours(7));
        var end = DateTimeOffset.FromUnixTimeSeconds(to).ToOffset(TimeSpan.FromHours(7));
        var days = (end - start).TotalDays;
        if (days <= 3)
        {
            for (var t = new DateTimeOffset(start.Year, start.Month, start.Day, start.Hour, 0, 0, start.Offset).AddHours(1); t <= end; t = t.AddHours(6))
            {
                yield return (t.ToUnixTimeSeconds(), t.ToString("dd/MM HH:mm", CultureInfo.InvariantCulture));
            }
        }
        else if (days <= 62)
        {
            var stepDays = days <= 14 ? 1 : 5;
            for (var t = new DateTimeOffset(start.Year, start.Month, start.Day, 0, 0, 0, start.Offset).AddDays(1); t <= end; t = t.AddDays(stepDays))
            {
                yield return (t.ToUnixTimeSeconds(), t.ToString("dd/MM", CultureInfo.InvariantCulture));
            }
        }
        else if (days <= 800)
        {
            var stepMonths = days <= 400 ? 2 : 4;
            for (var t = new DateTimeOffset(start.Year, start.Month, 1, 0, 0, 0, start.Offset).AddMonths(1); t <= end; t = t.AddMonths(stepMonths))
            {
                yield return (t.ToUnixTimeSeconds(), t.ToString("MM/yyyy", CultureInfo.InvariantCulture));
            }
        }
        else
        {
            for (var t = new DateTimeOffset(start.Year + 1, 1, 1, 0, 0, 0, start.Offset); t <= end; t = t.AddYears(1))
            {
                yield return (t.ToUnixTimeSeconds(), t.Year.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>The opening tag of a chart's SVG, labelled for screen readers.</summary>
    public static string Open(string cssClass, int width, double height, string label, bool fullWidth = true) =>
        string.Create(CultureInfo.InvariantCulture, $"<svg class=\"{cssClass}\" viewBox=\"0 0 {width} {height}\"{(fullWidth ? " width=\"100%\"" : "")} role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" xmlns=\"http://www.w3.org/2000/svg\">");
}
