namespace TheoDoi.Core.Indicators;

/// <summary>The words pages and reports use for each status, so every page says the same thing.</summary>
public static class ProgressStatusText
{
    public static string ToVietnamese(this PaceStatus status) => status switch
    {
        PaceStatus.Achieved => "đã đạt",
        PaceStatus.OnTrack => "đúng tiến độ",
        PaceStatus.Behind => "chậm",
        PaceStatus.FarBehind => "chậm nhiều",
        _ => "chưa đủ dữ liệu",
    };

    public static string ToEnglish(this PaceStatus status) => status switch
    {
        PaceStatus.Achieved => "achieved",
        PaceStatus.OnTrack => "on track",
        PaceStatus.Behind => "behind",
        PaceStatus.FarBehind => "far behind",
        _ => "insufficient data",
    };

    public static string ToVietnamese(this CagrStatus status) => status switch
    {
        CagrStatus.TargetAchieved => "đã đạt mục tiêu",
        CagrStatus.SubstantialProgress => "tiến bộ đáng kể",
        CagrStatus.ModerateProgress => "tiến bộ vừa phải",
        CagrStatus.LimitedProgress => "tiến bộ hạn chế",
        CagrStatus.Deterioration => "thụt lùi",
        _ => "chưa đủ dữ liệu",
    };

    public static string ToEnglish(this CagrStatus status) => status switch
    {
        CagrStatus.TargetAchieved => "target achieved",
        CagrStatus.SubstantialProgress => "substantial progress",
        CagrStatus.ModerateProgress => "moderate progress",
        CagrStatus.LimitedProgress => "limited progress",
        CagrStatus.Deterioration => "deterioration",
        _ => "insufficient data",
    };
}
