using TheoDoi.Core.Water;
namespace TheoDoi.Water;

/// <summary>How water terms read on pages (Vietnamese keys; English through <see cref="Shared.Texts"/>).</summary>
public static class WaterLabels
{
    public static string StationKind(StationKind kind) => kind == Water.StationKind.Automatic ? "tự động" : "định kỳ";

    /// <summary>What a station measures (docs/reference/water-security.md).</summary>
    public static string StationType(StationType type) => type switch
    {
        Water.StationType.River => "mực nước, lưu lượng sông",
        Water.StationType.Reservoir => "hồ chứa",
        Water.StationType.Groundwater => "giếng nước dưới đất",
        Water.StationType.Salinity => "độ mặn (cửa lấy nước)",
        _ => "chất lượng nước",
    };

    /// <summary>The letter drawn in a station's map marker (quality stations are plain circles).</summary>
    public static string MapLetter(StationType type) => type switch
    {
        Water.StationType.River => "H",
        Water.StationType.Reservoir => "V",
        Water.StationType.Groundwater => "G",
        Water.StationType.Salinity => "S",
        _ => "",
    };

    /// <summary>The state of an import batch's values.</summary>
    public static string Qc(QcState state) => state switch
    {
        QcState.Validated => "đã kiểm định",
        QcState.Rejected => "loại bỏ",
        _ => "chưa kiểm định",
    };

    /// <summary>What an alert is; a target-level alert reads on with the station's target and the level reached.</summary>
    public static string AlertKind(WaterAlertKind kind) => kind == WaterAlertKind.HealthLimit ? "vượt Bảng 1" : "kém hơn mục tiêu";

    /// <summary>The name of a chart series of stored indices.</summary>
    public static string IndexSeries(WqiResolution resolution) => resolution switch
    {
        WqiResolution.Hour => "WQI giờ",
        WqiResolution.Day => "WQI ngày",
        _ => "WQI mẫu",
    };

    /// <summary>A choice of the resolution an automatic station's indices are shown at.</summary>
    public static string ResolutionChoice(WqiResolution resolution) => resolution switch
    {
        WqiResolution.Hour => "giờ (trung bình giờ)",
        WqiResolution.Day => "ngày (trung bình ngày)",
        _ => "từng lần đo",
    };
}
