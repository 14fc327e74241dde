using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using TheoDoi.Shared.Charts;

namespace TheoDoi.Indicators;

/// <summary>
/// The indicator chart as server-rendered SVG (no script, readable without JavaScript and in tests):
/// a line per unit, the region in bold, the national series dashed, the target line, the straight
/// path from the region's baseline to the target, and the region's least-squares projection. Axes and
/// ticks are drawn by the shared <see cref="ChartAxis"/>, and it answers an <see cref="HtmlString"/>
/// like the water charts.
/// </summary>
public static class IndicatorChart
{
    private const int Width = 960;
    private const int Height = 380;
    private const int Left = 52;
    private const int Right = 20;
    private const int Top = 20;
    private const int Bottom = 40;

    private static readonly AxisStyle s_axis = new(Grid: "#e3e7ed", Text: "#5b6675", FontSize: 11, LabelGap: 6, CoordinateFormat: "0.#");

    private static readonly string[] s_palette = ["#0b5394", "#e69138", "#6aa84f", "#8e7cc3", "#c27ba0", "#45818e", "#bf9000", "#a61c00"];

    public sealed record Labels(string Target, string Path, string Projection, string Partial, string Year);

    public static HtmlString Render(IndicatorBoard board, Labels labels, bool english)
    {
        var inv = CultureInfo.InvariantCulture;
        var culture = english ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("vi-VN");
        var indicator = board.Indicator;
        var region = board.Progress(board.Region);
        var target = indicator.PlanTarget;
        var firstYear = board.Years[0];
        var lastYear = Math.Max(board.Years[^1], target?.Year ?? board.Years[^1]);
        var all = board.Rows.SelectMany(r => r.Cells).Where(c => c.Value is not null).Select(c => c.Value!.Value).ToList();
        if (target is not null)
        {
            all.Add((double)target.Value);
        }

        if (region.Projection is { } projected)
        {
            all.Add(projected.Value);
        }

        var percent = indicator.MeasureUnit == "%";
        var min = all.Count == 0 ? 0 : Math.Floor((all.Min() - 2) / 10) * 10;
        var max = percent ? 100 : all.Count == 0 ? 1 : Math.Ceiling(all.Max() / 10) * 10;
        min = percent ? Math.Max(0, Math.Min(min, max - 10)) : Math.Min(min, 0);
        double X(double year) => Left + ((year - firstYear) * (Width - Left - Right) / Math.Max(1, lastYear - firstYear));
        double Y(double value) => Top + ((max - value) * (Height - Top - Bottom) / Math.Max(1e-9, max - min));
        string F(double v) => s_axis.Coordinate(v);
        string N(double v) => v.ToString("#,0.##", culture) + (percent ? "%" : " " + indicator.MeasureUnit);

        var svg = new StringBuilder();
        svg.Append(ChartAxis.Open("chart", Width, Height, indicator.DisplayName(english), fullWidth: false));
        ChartAxis.Values(svg, ChartAxis.Even(min, max, 5), Y, Left, Width - Right, s_axis, tick => tick.ToString("#,0.#", culture));
        ChartAxis.Across(svg, Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(year => (X(year), year.ToString(inv))), Height - Bottom + 18, s_axis);

        if (target is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y((double)target.Value))}\" y2=\"{F(Y((double)target.Value))}\" stroke=\"#b3261e\" stroke-dasharray=\"6 4\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 6}\" y=\"{F(Y((double)target.Value) - 6)}\" text-anchor=\"start\" font-size=\"12\" fill=\"#b3261e\">{WebUtility.HtmlEncode(labels.Target)} {target.Year}: {WebUtility.HtmlEncode(N((double)target.Value))}</text>");
        }

        if (region is { Baseline: { } b, Target: { } t })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(b.Year))}\" y1=\"{F(Y(b.Value))}\" x2=\"{F(X(t.Year))}\" y2=\"{F(Y(t.Value))}\" stroke=\"#999\" stroke-dasharray=\"2 3\"><title>{WebUtility.HtmlEncode(labels.Path)}</title></line>");
        }

        var index = 0;
        foreach (var row in board.Rows)
        {
            var color = row.Kind switch
            {
                RowKind.Region => "#1c2430",
                RowKind.National => "#888888",
                _ => s_palette[index++ % s_palette.Length],
            };
            var width = row.Kind == RowKind.Region ? 3.5 : 2;
            var dash = row.Kind == RowKind.National ? " stroke-dasharray=\"8 3 2 3\"" : "";
            var points = row.Cells.Where(c => c.Value is not null).ToList();
            if (points.Count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"{F(width)}\"{dash} points=\"{string.Join(' ', points.Select(p => F(X(p.Year)) + "," + F(Y(p.Value!.Value))))}\"/>");
            }

            foreach (var p in points)
            {
                var hollow = !p.IsComplete;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(p.Year))}\" cy=\"{F(Y(p.Value!.Value))}\" r=\"{(row.Kind == RowKind.Region ? 4.5 : 3.5)}\" fill=\"{(hollow ? "#fff" : color)}\" stroke=\"{color}\" stroke-width=\"1.5\"><title>{WebUtility.HtmlEncode(row.DisplayLabel(english) + " " + p.Year + ": " + N(p.Value!.Value) + (hollow ? " (" + labels.Partial + ")" : ""))}</title></circle>");
            }
        }

        if (region is { Projection: { } projection, LatestCell: { Value: { } lastValue } last })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(last.Year))}\" y1=\"{F(Y(lastValue))}\" x2=\"{F(X(projection.Year))}\" y2=\"{F(Y(projection.Value))}\" stroke=\"#1c2430\" stroke-width=\"2\" stroke-dasharray=\"5 5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(projection.Year))}\" cy=\"{F(Y(projection.Value))}\" r=\"5\" fill=\"#fff\" stroke=\"#1c2430\" stroke-width=\"2\"><title>{WebUtility.HtmlEncode(labels.Projection + " " + projection.Year + ": " + N(projection.Value))}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(projection.Year) - 8)}\" y=\"{F(Y(projection.Value) + 18)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1c2430\">{WebUtility.HtmlEncode(labels.Projection)}: {WebUtility.HtmlEncode(N(projection.Value))}</text>");
        }

        svg.Append("</svg>");

        // Legend as HTML next to the SVG keeps the text selectable and wraps on narrow screens.
        var legend = new StringBuilder("<div class=\"legend chart-legend\">");
        index = 0;
        foreach (var row in board.Rows)
        {
            var color = row.Kind switch { RowKind.Region => "#1c2430", RowKind.National => "#888888", _ => s_palette[index++ % s_palette.Length] };
            legend.Append(CultureInfo.InvariantCulture, $"<span><i style=\"background:{color}\"></i>{WebUtility.HtmlEncode(row.DisplayLabel(english))}</span>");
        }

        legend.Append(CultureInfo.InvariantCulture, $"<span><i class=\"dash red\"></i>{WebUtility.HtmlEncode(labels.Target)}</span>");
        legend.Append(CultureInfo.InvariantCulture, $"<span><i class=\"dash grey\"></i>{WebUtility.HtmlEncode(labels.Path)}</span>");
        legend.Append(CultureInfo.InvariantCulture, $"<span><i class=\"dash\"></i>{WebUtility.HtmlEncode(labels.Projection)}</span>");
        legend.Append(CultureInfo.InvariantCulture, $"<span>○ {WebUtility.HtmlEncode(labels.Partial)}</span>");
        legend.Append("</div>");
        return new HtmlString(svg.ToString() + legend);
    }
}
