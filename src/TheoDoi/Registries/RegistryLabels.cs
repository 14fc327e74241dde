namespace TheoDoi.Registries;

/// <summary>How registry terms read on pages and in files (Vietnamese keys; English through <see cref="Shared.Texts"/>).</summary>
public static class RegistryLabels
{
    public static IReadOnlyDictionary<string, ParkState> States { get; } = new Dictionary<string, ParkState>
    {
        ["Quy hoạch"] = ParkState.Planned,
        ["Đang xây dựng"] = ParkState.UnderConstruction,
        ["Đang hoạt động"] = ParkState.Operating,
        ["Đã đóng"] = ParkState.Closed,
    };

    public static IReadOnlyDictionary<string, CheckMethod> Methods { get; } = new Dictionary<string, CheckMethod>
    {
        ["Kiểm tra, thanh tra"] = CheckMethod.Inspection,
        ["Quan trắc tự động"] = CheckMethod.AutomaticMonitoring,
        ["Quan trắc định kỳ"] = CheckMethod.PeriodicMonitoring,
    };

    public static string State(ParkState state) => States.First(s => s.Value == state).Key;

    public static string Method(CheckMethod method) => Methods.First(m => m.Value == method).Key;

    public static string Kind(ParkKind kind) => kind == ParkKind.ExportProcessingZone ? "Khu chế xuất" : "Khu công nghiệp";
}
