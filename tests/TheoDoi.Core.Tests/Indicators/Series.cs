using System.Globalization;
using TheoDoi.Core.Indicators;

namespace TheoDoi.Core.Tests.Indicators;

/// <summary>Compact table rows: "2022:91" is a (year, value) pair; "2023:92;2026:95" a list of them.</summary>
internal static class Series
{
    public static YearValue Point(string text)
    {
        var parts = text.Split(':');
        return new(int.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public static IReadOnlyList<YearValue> Points(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Point)];

    public static IndicatorSeries Of(string baseline, string target, string observations, ProgressDirection direction = ProgressDirection.HigherIsBetter, string unit = "%") =>
        new(Point(baseline), Point(target), direction, Points(observations), unit);
}
