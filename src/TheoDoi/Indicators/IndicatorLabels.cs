namespace TheoDoi.Indicators;

/// <summary>How indicator terms read on pages (Vietnamese keys; English through <see cref="Shared.Texts"/>).</summary>
public static class IndicatorLabels
{
    public static string State(ValueState state) => state switch
    {
        ValueState.Draft => "Nháp",
        ValueState.Submitted => "Chờ duyệt",
        ValueState.Approved => "Đã duyệt",
        _ => state.ToString(),
    };
}
