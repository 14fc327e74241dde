using MiniExcelLibs;
using TheoDoi.Core.Texts;

namespace TheoDoi.Audit;

/// <summary>The filtered audit trail as a spreadsheet, with the same words as the page (one row per entry).</summary>
public static class AuditExport
{
    public const string Sheet = "Nhat ky";

    public static MemoryStream ToXlsx(IReadOnlyList<AuditEntry> entries, IReadOnlyDictionary<long, AuditRecords.Record> records)
    {
        var rows = entries.Select(e => new Dictionary<string, object?>
        {
            [new Bilingual("Thời điểm", "When").Pick()] = Shared.Format.DateTime(e.At),
            [new Bilingual("Người thực hiện", "Who").Pick()] = e.Actor,
            [new Bilingual("Thao tác", "Action").Pick()] = AuditLabels.Action(e.Action),
            [new Bilingual("Loại dữ liệu", "Record type").Pick()] = AuditLabels.Entity(e.Entity),
            [new Bilingual("Dữ liệu", "Record").Pick()] = records[e.Id].Name,
            [new Bilingual("Thay đổi", "Changes").Pick()] = string.Join("\n", AuditLabels.Changes(e).Select(Line)),
        }).Select(SpreadsheetText.NeutraliseRow).ToList();
        var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: Sheet);
        stream.Position = 0;
        return stream;
    }

    public static string Line((string Field, string? Old, string New) change) =>
        change.Old is null ? $"{change.Field}: {change.New}" : $"{change.Field}: {change.Old} → {change.New}";
}
