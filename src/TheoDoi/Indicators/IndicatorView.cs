using TheoDoi.Core.Indicators;
using TheoDoi.Data;

namespace TheoDoi.Indicators;

/// <summary>What the indicator pages (internal and public) show: the board, the chosen row's progress, and the links' base.</summary>
public sealed record IndicatorView(IndicatorBoard Board, RowProgress Progress, string BasePath, bool IsPublic)
{
    public string Link(UnitView? view = null, bool? longAn = null, string? unit = null) =>
        $"{BasePath}?by={((view ?? Board.View) == UnitView.Old ? "old" : "new")}&includeLongAn={((longAn ?? Board.IncludeLongAn) ? "true" : "false")}&unit={Uri.EscapeDataString(unit ?? Progress.Row.Key)}";

    public static async Task<IndicatorView?> LoadAsync(AppDbContext db, string code, DateOnly today, IndicatorAccess access, string? by, bool includeLongAn, string? unit,
        string basePath, bool isPublic, CancellationToken ct)
    {
        var view = IndicatorEndpoints.ParseView(by) ?? UnitView.New;
        if (await IndicatorBoard.LoadAsync(db, code, today, access, view, includeLongAn, cancellationToken: ct) is not { } board)
        {
            return null;
        }

        var row = board.Rows.FirstOrDefault(r => r.Key == unit) ?? board.Region;
        return new IndicatorView(board, board.Progress(row), basePath, isPublic);
    }

    public static string StatusText(PaceStatus status, bool english) => english ? status.ToEnglish() : status.ToVietnamese();

    public static string StatusText(CagrStatus status, bool english) => english ? status.ToEnglish() : status.ToVietnamese();
}
