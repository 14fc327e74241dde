namespace TheoDoi.Water.Licences;

/// <summary>How licence terms read (Vietnamese keys; English through <see cref="Shared.Texts"/>) and the words accepted in files and the API.</summary>
public static class LicenceLabels
{
    public static IReadOnlyDictionary<string, WaterSource> Sources { get; } = new Dictionary<string, WaterSource>(StringComparer.OrdinalIgnoreCase)
    {
        ["surface"] = WaterSource.Surface,
        ["ground"] = WaterSource.Ground,
        ["nước mặt"] = WaterSource.Surface,
        ["nước dưới đất"] = WaterSource.Ground,
    };

    public static IReadOnlyDictionary<string, LicenceState> States { get; } = new Dictionary<string, LicenceState>(StringComparer.OrdinalIgnoreCase)
    {
        ["active"] = LicenceState.Active,
        ["suspended"] = LicenceState.Suspended,
        ["revoked"] = LicenceState.Revoked,
        ["còn hiệu lực"] = LicenceState.Active,
        ["tạm dừng"] = LicenceState.Suspended,
        ["thu hồi"] = LicenceState.Revoked,
    };

    public static WaterSource? SourceOf(string text) => Sources.TryGetValue(text.Trim(), out var s) ? s : null;

    public static LicenceState? StateOf(string text) => States.TryGetValue(text.Trim(), out var s) ? s : null;

    public static string Source(WaterSource source) => source == WaterSource.Ground ? "nước dưới đất" : "nước mặt";

    public static string State(LicenceState state) => state switch
    {
        LicenceState.Suspended => "tạm dừng",
        LicenceState.Revoked => "thu hồi",
        _ => "còn hiệu lực",
    };

    public static string Zone(ZoneKind kind) => kind == ZoneKind.Prohibited ? "vùng cấm khai thác" : "vùng hạn chế khai thác";

    public static string Compliance(Core.Water.Security.ComplianceStatus status) => status switch
    {
        Core.Water.Security.ComplianceStatus.Within => "trong giới hạn",
        Core.Water.Security.ComplianceStatus.Over => "vượt giấy phép",
        Core.Water.Security.ComplianceStatus.NotValid => "không có hiệu lực",
        _ => "chưa có số liệu",
    };
}
