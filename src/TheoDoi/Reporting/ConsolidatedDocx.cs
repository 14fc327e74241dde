using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TheoDoi.Core.Reporting;
using TheoDoi.Tasks;
using static TheoDoi.Reporting.DocxBuilder;

namespace TheoDoi.Reporting;

/// <summary>
/// The consolidated report as DOCX, in the State format (Nghị định 30/2020/NĐ-CP) for the Ministry of
/// Finance or in the Party format (Hướng dẫn 36-HD/VPTW) for the ministry's Party committee.
/// </summary>
public static class ConsolidatedDocx
{
    public const string DraftMark = "DỰ THẢO";
    private static readonly CultureInfo s_vi = CultureInfo.GetCultureInfo("vi-VN");

    public static void Write(ConsolidatedReport report, bool party, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var docx = new DocxBuilder(output);
        var body = docx.Body;
        var placeDate = VietnameseDate.PlaceAndDate("Hà Nội", report.IssueDate);
        var bodySize = party ? 14.5 : 14;

        if (party)
        {
            body.Append(Layout([3900, 5455],
                [Para("ĐẢNG ỦY " + report.Ministry.ToUpper(s_vi), Centered(14, bold: true)), Para("*", Centered(14)), Para("Số      -BC/ĐU", Centered(14))],
                [Para("ĐẢNG CỘNG SẢN VIỆT NAM", Centered(15, bold: true)), Rule(1150), Para(placeDate, Centered(14, italic: true))]));
        }
        else
        {
            // Quốc hiệu and Tiêu ngữ top right; issuing body top left with a short rule under each.
            body.Append(Layout([3700, 5655],
                [Para(IssuingBody(report.Ministry), Centered(12.5, bold: true)), Rule(1250), Para($"Số:      /BC-{report.MinistryShort}", Centered(13))],
                [Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Centered(12.5, bold: true)), Para("Độc lập - Tự do - Hạnh phúc", Centered(13.5, bold: true)), Rule(1000), Para(placeDate, Centered(13.5, italic: true))]));
        }

        if (report.Draft)
        {
            body.Append(Para(DraftMark + " — tổng hợp cả báo cáo chưa được chấp nhận", Centered(13, bold: true, after: 6) with { Color = "C00000", Before = 6 }));
        }

        body.Append(Para("BÁO CÁO", Centered(party ? 16 : 14, bold: true) with { Before = 18 }));
        body.Append(Para(report.Subject, Centered(14, bold: true)));
        body.Append(Rule(3400));

        var text = new TextStyle(bodySize, Indent: true);
        body.Append(Para($"Thực hiện Kế hoạch số {report.Cycle.Plan.Number} ngày {report.Cycle.Plan.IssuedOn:dd/MM/yyyy}, trên cơ sở báo cáo của {report.Included.Count} đơn vị (số liệu từ ngày {report.Cycle.WindowStart:dd/MM/yyyy} đến ngày {report.Cycle.WindowEnd:dd/MM/yyyy}), {(party ? "Đảng ủy Bộ" : report.Ministry)} báo cáo kết quả thực hiện năm {report.Cycle.Year} như sau:", text));

        Heading(body, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP", bodySize);
        var number = 0;
        foreach (var group in report.Groups)
        {
            number++;
            body.Append(Para($"{number}. {group.Group.Title}", new TextStyle(bodySize, Bold: true, Indent: true, KeepNext: true)));
            if (group.Tasks.Count == 0)
            {
                body.Append(Para("Chưa có báo cáo của đơn vị về nhóm nhiệm vụ này.", text with { Italic = true }));
            }

            foreach (var task in group.Tasks)
            {
                body.Append(Para($"{task.Task.Code}. {task.Task.Title}", new TextStyle(bodySize, Italic: true, Indent: true, KeepNext: true)));
                foreach (var (unit, entry) in task.Entries)
                {
                    var results = string.IsNullOrWhiteSpace(entry.Results) ? "chưa nêu kết quả." : entry.Results.Trim();
                    body.Append(Para($"- {unit.Name} ({TaskLabels.Status(entry.Status).ToLower(s_vi)}): {results}", text));
                }
            }
        }

        Heading(body, $"II. CÁC CHỈ TIÊU ĐẾN NĂM 2030 (SỐ LIỆU NĂM {report.Cycle.Year})", bodySize);
        var rows = report.Indicators.Select((row, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            row.Indicator.Name,
            row.Aggregate.Value is { } value ? value.ToString("0.0", s_vi) + "%" : "chưa có số liệu",
            row.Target2030 is { } target ? target.ToString("0.#", s_vi) + "%" : "—",
            row.Values.Count == 0 ? "Không đơn vị nào báo cáo" : string.Join("; ", row.Values.Select(v => v.Unit.ShortName ?? v.Unit.Name)),
        ]);
        body.Append(Grid([600, 3900, 1400, 1300, 2155], ["TT", "Chỉ tiêu", $"Năm {report.Cycle.Year}", "Mục tiêu 2030", "Đơn vị cung cấp số liệu"], rows));
        body.Append(Para("Tỷ lệ của nhiều đơn vị được tính bằng tổng tử số chia tổng mẫu số, không lấy trung bình các tỷ lệ.", new TextStyle(12, Italic: true, Before: 6)));

        Heading(body, "III. KHÓ KHĂN, VƯỚNG MẮC", bodySize);
        UnitTexts(body, report.Difficulties, text, "Các đơn vị không nêu khó khăn, vướng mắc.");
        Heading(body, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bodySize);
        UnitTexts(body, report.Proposals, text, "Các đơn vị không có đề xuất, kiến nghị.");

        Heading(body, "V. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", bodySize);
        body.Append(Para($"Đã tổng hợp {report.Included.Count}/{report.Included.Count + report.Missing.Count} báo cáo{(report.Draft ? " (gồm cả báo cáo chưa được chấp nhận)" : " đã được chấp nhận")}."
            + (report.Missing.Count > 0 ? $" Chưa tổng hợp: {string.Join(", ", report.Missing.Select(u => u.Name))}." : ""), text));
        body.Append(Para(party
            ? "Trên đây là báo cáo kết quả thực hiện Kế hoạch năm " + report.Cycle.Year + " của Đảng ủy Bộ./."
            : $"{report.Ministry} trân trọng báo cáo Bộ Tài chính để tổng hợp theo quy định./.", text));

        var recipients = party
            ? "- Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Bộ;\n- Lưu Văn phòng Đảng ủy Bộ."
            : "- Bộ Tài chính;\n- Bộ trưởng (để báo cáo);\n- Các Thứ trưởng;\n- Các đơn vị thuộc Bộ;\n- Lưu: VT, KHTC.";
        body.Append(Layout([4200, 5155],
            [Para(party ? "Nơi nhận:" : "Nơi nhận:", new TextStyle(12, Bold: true, Italic: true, Align: JustificationValues.Left, After: 0, Before: 12)), Para(recipients, new TextStyle(11, Align: JustificationValues.Left, After: 0))],
            // The signature is left blank: the document is signed after it is generated.
            [Para(party ? "T/M ĐẢNG ỦY\nBÍ THƯ" : "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", Centered(14, bold: true) with { Before = 12 }), Para("\n\n\n", Centered(14))]));

        docx.Finish(report.Draft ? DraftMark : null);
    }

    /// <summary>
    /// The issuing body in capitals; a long name is broken before "VÀ" so it stays on two balanced
    /// lines in the left column, as ministries write it.
    /// </summary>
    public static string IssuingBody(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = name.ToUpper(s_vi);
        var split = upper.IndexOf(" VÀ ", StringComparison.Ordinal);
        return upper.Length > 24 && split > 0 ? upper[..split] + "\n" + upper[(split + 1)..] : upper;
    }

    private static void Heading(Body body, string text, double size) =>
        body.Append(Para(text, new TextStyle(size, Bold: true, Align: JustificationValues.Left, Before: 6, KeepNext: true)));

    private static void UnitTexts(Body body, IReadOnlyList<ConsolidatedReport.UnitText> texts, TextStyle style, string none)
    {
        if (texts.Count == 0)
        {
            body.Append(Para(none, style with { Italic = true }));
        }

        foreach (var text in texts)
        {
            body.Append(Para($"- {text.Unit.Name}: {text.Text}", style));
        }
    }
}
