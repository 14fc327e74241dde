using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TheoDoi.Core.Numbers;
using TheoDoi.Core.Texts;
using TheoDoi.Data;
using TheoDoi.Imports;
using TheoDoi.Indicators;
using TheoDoi.Shared;

namespace TheoDoi.Water.Licences;

/// <summary>
/// XLSX export and import of the licence register, in the shape of the registries' workbook: the
/// export is the template; an import is all or nothing and names sheet, row, column and reason.
/// </summary>
public sealed class LicenceWorkbook(AppDbContext db, LicenceRegister register, ILogger<LicenceWorkbook> logger)
{
    public const string LicenceSheet = "Giay phep";
    public const string VolumeSheet = "San luong";

    private static readonly string[] s_licenceHeaders =
        ["Số giấy phép", "Tổ chức, cá nhân được cấp phép", "Nguồn nước (nước mặt/nước dưới đất)", "Nguồn nước, tầng chứa nước", "Mã tỉnh", "Vĩ độ", "Kinh độ",
         "Mục đích sử dụng", "Lưu lượng tối đa (m³/ngày)", "Có hiệu lực từ", "Có hiệu lực đến", "Cơ quan cấp phép", "Trạng thái", "Mã trạm quan trắc"];

    private static readonly string[] s_volumeHeaders = ["Số giấy phép", "Năm", "Tháng", "Sản lượng khai thác (m³)"];

    // Columns of the use case's fields, so its refusals land on the cell they are about.
    private static readonly Dictionary<string, string> s_columns = new()
    {
        ["number"] = "A",
        ["holder"] = "B",
        ["source"] = "C",
        ["waterBody"] = "D",
        ["province"] = "E",
        ["latitude"] = "F",
        ["longitude"] = "G",
        ["purpose"] = "H",
        ["maxM3PerDay"] = "I",
        ["validFrom"] = "J",
        ["validTo"] = "K",
        ["issuingBody"] = "L",
        ["state"] = "M",
        ["stationCode"] = "N",
    };

    public async Task<MemoryStream> ExportAsync(CancellationToken ct)
    {
        var list = await db.WaterLicences.AsNoTracking().Include(l => l.Volumes).OrderBy(l => l.Number).ToListAsync(ct);
        var licences = list.Select(l => Row(s_licenceHeaders, l.Number, l.Holder, LicenceLabels.Source(l.Source), l.WaterBody, l.Province, l.Latitude, l.Longitude,
            l.Purpose, l.MaxM3PerDay, Date(l.ValidFrom), Date(l.ValidTo), l.IssuingBody, LicenceLabels.State(l.State), l.StationCode)).ToList();
        var volumes = list.SelectMany(l => l.Volumes.OrderBy(v => v.Year).ThenBy(v => v.Month).Select(v => Row(s_volumeHeaders, l.Number, v.Year, v.Month, v.VolumeM3))).ToList();
        var sheets = new Dictionary<string, object>
        {
            [LicenceSheet] = licences.Count > 0 ? licences : [Row(s_licenceHeaders)],
            [VolumeSheet] = volumes.Count > 0 ? volumes : [Row(s_volumeHeaders)],
        };
        var stream = new MemoryStream();
        await stream.SaveAsAsync(SpreadsheetText.NeutraliseSheets(sheets), cancellationToken: ct);
        stream.Position = 0;
        return stream;
    }

    public async Task<UseCaseResult<int>> ImportAsync(Stream file, string fileName, ClaimsPrincipal user, CancellationToken ct)
    {
        var (sheets, problem) = WorkbookSheets.Read(file, fileName, [LicenceSheet, VolumeSheet], CancellationToken.None);
        if (problem is not null)
        {
            return Refuse(fileName, [problem], false);
        }

        var problems = new List<CellProblem>();
        var forbidden = false;
        var count = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (number, row) in sheets[LicenceSheet])
        {
            var reader = new CellReader(LicenceSheet, number, row, s_licenceHeaders, problems);
            var source = reader.Choice("C", LicenceLabels.Sources);
            var state = reader.Choice("M", LicenceLabels.States);
            var request = new LicenceRegister.SaveRequest(
                reader.Text("A"), reader.Text("B"), source?.ToString(), reader.Text("D"), reader.Text("E"), reader.Number("F"), reader.Number("G"),
                reader.Text("H"), reader.Number("I"), reader.Date("J"), reader.Date("K"), reader.Text("L"), state?.ToString(), reader.Text("N"));
            if (!reader.Ok)
            {
                continue;
            }

            var existing = request.Number is { } code ? await LicenceRegister.FindAsync(db, code, ct) : null;
            var result = await register.SaveAsync(existing?.Number, request, user, ct);
            forbidden |= result.Outcome == Outcome.Forbidden;
            problems.AddRange(Located(result.Status, LicenceSheet, number, s_licenceHeaders, f => s_columns.GetValueOrDefault(f, "A")));
            count += result.IsDone ? 1 : 0;
        }

        foreach (var group in sheets[VolumeSheet].Select(r => (r.Number, Reader: new CellReader(VolumeSheet, r.Number, r.Row, s_volumeHeaders, problems), r.Row))
            .Select(r => (r.Number, Code: r.Reader.Text("A"), Item: new LicenceRegister.VolumeItem(r.Reader.Year("B"), (int?)r.Reader.Number("C", NumberKind.Count), r.Reader.Number("D")), r.Reader.Ok))
            .Where(r => r.Ok).GroupBy(r => r.Code ?? "", StringComparer.OrdinalIgnoreCase).ToList())
        {
            var rows = group.ToList();
            if (await LicenceRegister.FindAsync(db, group.Key, ct) is not { } licence)
            {
                problems.AddRange(rows.Select(r => new CellProblem(VolumeSheet, r.Number, "A", s_volumeHeaders[0], $"Không có giấy phép số {group.Key}.", $"No licence {group.Key}.")));
                continue;
            }

            var result = await register.ReportVolumesAsync(licence.Number, new([.. rows.Select(r => r.Item)]), user, ct);
            forbidden |= result.Outcome == Outcome.Forbidden;
            problems.AddRange(result.Problems.OfType<ItemProblem>().Select(p => new CellProblem(VolumeSheet, p.Index >= 0 ? rows[p.Index].Number : rows[0].Number,
                p.Field == "volumeM3" ? "D" : "C", p.Field == "volumeM3" ? s_volumeHeaders[3] : s_volumeHeaders[2], p.Vi, p.En)));
            problems.AddRange(result.Problems.Count == 0 && !result.IsDone ? result.Messages.Select(m => new CellProblem(VolumeSheet, rows[0].Number, "A", s_volumeHeaders[0], m.Vi, m.En)) : []);
            count += result.IsDone ? rows.Count : 0;
        }

        if (problems.Count > 0 || count == 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Refuse(fileName, problems.Count > 0 ? problems : [new(fileName, 0, "", "", "Không có dòng số liệu nào.", "No rows.")], forbidden);
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation("Licence upload {File}: {Count} row(s) saved", fileName, count);
        return UseCaseResult.Done(count);
    }

    private static IEnumerable<CellProblem> Located(UseCaseResult result, string sheet, int row, string[] headers, Func<string, string> column)
    {
        var items = result.Problems.OfType<ItemProblem>().ToList();
        if (items.Count == 0)
        {
            return result.IsDone ? [] : result.Messages.Select(m => new CellProblem(sheet, row, "A", headers[0], m.Vi, m.En));
        }

        return items.Select(p =>
        {
            var c = column(p.Field);
            return new CellProblem(sheet, row, c, headers[c[0] - 'A'], p.Vi, p.En);
        });
    }

    private UseCaseResult Refuse(string fileName, IReadOnlyList<CellProblem> problems, bool forbidden)
    {
        logger.LogWarning("Licence upload {File} refused, nothing saved: {Problems}", fileName, string.Join("; ", problems.Select(p => p.TextEn)));
        return UseCaseResult.Refused(forbidden ? Outcome.Forbidden : Outcome.Invalid, problems);
    }

    private static Dictionary<string, object?> Row(string[] headers, params object?[] values)
    {
        var row = new Dictionary<string, object?>();
        for (var i = 0; i < headers.Length; i++)
        {
            row[headers[i]] = i < values.Length ? values[i] : null;
        }

        return row;
    }

    private static DateTime Date(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);
}
