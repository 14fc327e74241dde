using TheoDoi.Core.Units;

namespace TheoDoi.Units;

/// <summary>How unit terms read on pages (Vietnamese keys; English through <see cref="Shared.Texts"/>).</summary>
public static class UnitLabels
{
    public static string Kind(UnitKind kind) => kind switch
    {
        UnitKind.Ministry => "Bộ",
        UnitKind.Party => "Tổ chức đảng, đoàn thể",
        UnitKind.MinistryUnit => "Đơn vị thuộc Bộ",
        UnitKind.Province => "Tỉnh, thành phố",
        _ => kind.ToString(),
    };

    public static string Succession(SuccessionKind kind) => kind switch
    {
        SuccessionKind.Merge => "hợp nhất",
        SuccessionKind.Rename => "đổi tên",
        SuccessionKind.Continue => "chuyển tiếp",
        _ => kind.ToString(),
    };

    public static string CssClass(SuccessionKind kind) => kind.ToString().ToLowerInvariant();
}
