using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Exchange;

/// <summary>
/// The data groups a partner agreement shares (issue 10, item 3): each public read belongs to one of
/// them, so an agreement is a set of these flags. Their codes are what the API and the database keep.
/// </summary>
[Flags]
public enum DataGroups
{
    None = 0,
    Quality = 1,
    LevelDischarge = 2,
    Reservoir = 4,
    Groundwater = 8,
    Salinity = 16,
    Forecast = 32,
    Indicators = 64,
}

public static class DataGroupCodes
{
    private static readonly (DataGroups Group, string Code, Bilingual Label)[] s_all =
    [
        (DataGroups.Quality, "quality", new("Chất lượng nước", "Water quality")),
        (DataGroups.LevelDischarge, "level-discharge", new("Mực nước và lưu lượng sông", "River level and discharge")),
        (DataGroups.Reservoir, "reservoir", new("Hồ chứa", "Reservoirs")),
        (DataGroups.Groundwater, "groundwater", new("Nước dưới đất", "Groundwater")),
        (DataGroups.Salinity, "salinity", new("Xâm nhập mặn", "Salinity")),
        (DataGroups.Forecast, "forecast", new("Dự báo", "Forecasts")),
        (DataGroups.Indicators, "indicators", new("Chỉ tiêu và thẻ điểm", "Indicators and scorecard")),
    ];

    public static IReadOnlyList<DataGroups> All { get; } = s_all.Select(g => g.Group).ToList();

    public static string Code(DataGroups single) => s_all.Single(g => g.Group == single).Code;

    public static Bilingual Label(DataGroups single) => s_all.Single(g => g.Group == single).Label;

    /// <summary>"quality,salinity": the codes of the set, in the fixed order above.</summary>
    public static string Format(DataGroups groups) =>
        string.Join(',', s_all.Where(g => groups.HasFlag(g.Group)).Select(g => g.Code));

    /// <summary>The set named by comma-separated codes (any case, spaces allowed); null when one code is unknown.</summary>
    public static DataGroups? Parse(string? codes)
    {
        var groups = DataGroups.None;
        foreach (var code in (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = s_all.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.OrdinalIgnoreCase));
            if (match.Code is null)
            {
                return null;
            }

            groups |= match.Group;
        }

        return groups;
    }

    /// <summary>The labels of a set in the reader's language, joined: "Chất lượng nước, Xâm nhập mặn".</summary>
    public static Bilingual Labels(DataGroups groups)
    {
        var chosen = s_all.Where(g => groups.HasFlag(g.Group)).ToList();
        return new(string.Join(", ", chosen.Select(g => g.Label.Vi)), string.Join(", ", chosen.Select(g => g.Label.En)));
    }
}
