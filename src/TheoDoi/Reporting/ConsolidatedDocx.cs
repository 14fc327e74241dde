using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TheoDoi.Core.Reporting;
using TheoDoi.Tasks;
using static TheoDoi.Reporting.DocxBuilder;
using Format = TheoDoi.Shared.Format;

namespace TheoDoi.Reporting;

/// <summary>
/// The consolidated report as DOCX, in the State format (Nghị định 30/2020/NĐ-CP) for the Ministry of
/// Finance or in the Party format (Hướng dẫn 36-HD/VPTW) for the ministry's Party committee.
/// </summary>
public static partial class ConsolidatedDocx
{
    public const string DraftMark = "DỰ THẢO";
    private static readonly CultureInfo s_vi = CultureInfo.GetCultureInfo("vi-VN");

    public const string DemoMark = "DỮ LIỆU MINH HỌA";

    /// <summary>Printed under the signature when no signer is configured (Reporting:Signer, Reporting:PartySigner).</summary>
    public const string SignerPlaceholder = "(Họ và tên người ký)";

    public static void Write(ConsolidatedReport report, bool party, Stream output, string? signer = null)
    {
        using var docx = new DocxBuilder(output);
        var issuer = party ? "Đảng ủy " + report.Ministry : report.Ministry;
        docx.Describe(
            (party ? "Báo cáo của Đảng ủy Bộ: " : "Báo cáo: ") + report.Subject + (report.Demo ? " (dữ liệu minh họa)" : ""),
            issuer, report.IssueDate.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc));
        var body = docx.Body;
        var placeDate = VietnameseDate.PlaceAndDate("Hà Nội", report.IssueDate);
        var bodySize = party ? 14.5 : 14;

        if (party)
        {
            // The issuing body stays on one line (Hướng dẫn 36-HD/VPTW): the heading reaches 8 mm into
            // the left margin so "ĐẢNG ỦY BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" fits at 11 pt beside the party's name.
            body.Append(WideLayout([5950, 3855], 450,
                [Para("ĐẢNG ỦY " + report.Ministry.ToUpper(s_vi), Centered(11, bold: true)), Para("*", Centered(14)), Para("Số      -BC/ĐU", Centered(14))],
                [Para("ĐẢNG CỘNG SẢN VIỆT NAM", Centered(13, bold: true)), Rule(700), Para(placeDate, Centered(13, italic: true))]));
        }
        else
        {
            // Quốc hiệu and Tiêu ngữ top right; issuing body top left with a short rule under each.
            body.Append(Layout([3700, 5655],
                [Para(IssuingBody(report.Ministry), Centered(12.5, bold: true)), Rule(1250), Para($"Số:      /BC-{report.MinistryShort}", Centered(13))],
                [Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Centered(12.5, bold: true)), Para("Độc lập - Tự do - Hạnh phúc", Centered(13.5, bold: true)), Rule(1000), Para(placeDate, Centered(13.5, italic: true))]));
        }

        if (report.Demo)
        {
            body.Append(Para(ConsolidatedReport.DemoBanner, Centered(13, bold: true, after: 6) with { Color = "C00000", Before = 6 }));
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

        Heading(body, "I. TÌNH HÌNH CHUNG", bodySize);
        UnitTexts(body, report.Situations, text, "Các đơn vị chưa nêu tình hình chung.");

        Heading(body, "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP", bodySize);
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

        Heading(body, $"III. CÁC CHỈ TIÊU ĐẾN NĂM 2030 (SỐ LIỆU NĂM {report.Cycle.Year})", bodySize);
        var rows = report.Indicators.Select((row, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture),
            row.Indicator.Name,
            RegionFigure(row),
            row.Target2030 is { } target ? target.ToString("0.#", s_vi) + "%" : "—",
            row.Source + UnitFigures(row),
        ]);
        body.Append(Grid([600, 3300, 1500, 1100, 2855], ["TT", "Chỉ tiêu", $"Năm {report.Cycle.Year} (toàn vùng)", "Mục tiêu 2030", "Nguồn số liệu"], rows,
            align: [JustificationValues.Center, JustificationValues.Left, JustificationValues.Right, JustificationValues.Right, JustificationValues.Left]));
        body.Append(Para("Số liệu toàn vùng Đông Nam Bộ (không gồm Long An) do hệ thống tổng hợp từ số liệu chỉ tiêu của các tỉnh, thành phố: tổng tử số chia tổng mẫu số, không lấy trung bình các tỷ lệ; (*) thiếu số liệu của một số đơn vị; (chưa duyệt) có số liệu chưa được duyệt. Số liệu các đơn vị thuộc Bộ nêu trong báo cáo của đơn vị được ghi kèm để đối chiếu.", new TextStyle(12, Italic: true, Before: 6)));

        WaterSecurity(body, report, bodySize, text);

        Heading(body, "V. KHÓ KHĂN, VƯỚNG MẮC", bodySize);
        UnitTexts(body, report.Difficulties, text, "Các đơn vị không nêu khó khăn, vướng mắc.");
        Heading(body, "VI. ĐỀ XUẤT, KIẾN NGHỊ", bodySize);
        UnitTexts(body, report.Proposals, text, "Các đơn vị không có đề xuất, kiến nghị.");

        Heading(body, "VII. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", bodySize);
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
            [Para(party ? "T/M ĐẢNG ỦY\nBÍ THƯ" : "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", Centered(14, bold: true) with { Before = 12 }), Para("\n\n\n", Centered(14)),
             Para(string.IsNullOrWhiteSpace(signer) ? SignerPlaceholder : signer.Trim(), Centered(14, bold: true))]));

        var marks = new[] { report.Draft ? DraftMark : null, report.Demo ? DemoMark : null }.Where(m => m is not null);
        docx.Finish(marks.Any() ? string.Join(" · ", marks) : null);
    }

    /// <summary>"89,3%", with "*" when some units are missing and "(chưa duyệt)" while a value counted is not approved; then Σ tử số/Σ mẫu số.</summary>
    public static string RegionFigure(ConsolidatedReport.IndicatorRow row)
    {
        if (row.Region is not { Value: { } value } cell)
        {
            return "chưa có số liệu";
        }

        var figure = Format.NumberIn((decimal)value, 1, s_vi) + "%" + (cell.Partial ? "*" : "") + (cell.Provisional ? " (chưa duyệt)" : "");
        return cell.Numerator is { } n && cell.Denominator is { } d
            ? figure + "\n" + ((decimal)n).ToString("#,##0.##", s_vi) + "/" + ((decimal)d).ToString("#,##0.##", s_vi)
            : figure;
    }

    private static string UnitFigures(ConsolidatedReport.IndicatorRow row) =>
        string.Concat(row.Values.Where(v => v.Entry.Value is not null).Select(v =>
            $"\n{v.Unit.ShortName ?? v.Unit.Name} báo cáo: {Format.NumberIn(v.Entry.Value!.Value, 1, s_vi)}%"
            + (v.Entry.Numerator is { } n && v.Entry.Denominator is { } d ? $" ({n.ToString("#,##0.##", s_vi)}/{d.ToString("#,##0.##", s_vi)})" : "")));

    /// <summary>
    /// The issuing body in capitals; a long name is broken before "VÀ" so it stays on two balanced
    /// lines in the left column, as ministries write it.
    /// </summary>
    public static string IssuingBody(string name)
    {
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
