using DocumentFormat.OpenXml.Wordprocessing;
using static TheoDoi.Reporting.DocxBuilder;

namespace TheoDoi.Reporting;

/// <summary>Section IV of the consolidated report: the basin's water-security scorecard (<see cref="ConsolidatedWaterSecurity"/>).</summary>
public static partial class ConsolidatedDocx
{
    public const string WaterSecurityHeading = "IV. AN NINH NGUỒN NƯỚC LƯU VỰC SÔNG ĐỒNG NAI – SÀI GÒN (NHIỆM VỤ 3.5)";

    private static void WaterSecurity(Body body, ConsolidatedReport report, double bodySize, TextStyle text)
    {
        Heading(body, WaterSecurityHeading, bodySize);
        if (report.WaterSecurity is not { } section)
        {
            body.Append(Para($"Chưa đánh giá được an ninh nguồn nước năm {report.Cycle.Year}.", text with { Italic = true }));
            return;
        }

        var year = report.Cycle.Year;
        var asOf = year < report.IssueDate.Year ? $"31/12/{year}" : $"ngày {report.IssueDate:dd/MM/yyyy}";
        body.Append(Para($"Đánh giá theo năm khía cạnh, mỗi khía cạnh từ các số liệu đầu vào của nó, chỉ dùng số liệu đã kiểm định, tính đến {asOf} (cách tính như trang An ninh nguồn nước của hệ thống):", text));
        var before = section.Scorecard.History.FirstOrDefault(h => h.Year == year - 1);
        var rows = section.Scorecard.Basin.Dimensions.Select((d, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Name,
            d.StatusName,
            before?.Dimensions.FirstOrDefault(b => b.Code == d.Code)?.Status is { } was ? ConsolidatedWaterSecurity.StatusName(was) : "—",
            d.Reason,
        ]);
        body.Append(Grid([600, 2000, 1300, 1300, 4155], ["TT", "Khía cạnh", $"Năm {year}", $"Năm {year - 1}", "Căn cứ (số liệu và phép tính)"], rows, size: 11,
            align: [JustificationValues.Center, JustificationValues.Left, JustificationValues.Left, JustificationValues.Left, JustificationValues.Left]));

        var dimensions = section.Scorecard.Basin.Dimensions;
        body.Append(Para("Theo tiểu lưu vực:", text with { Before = 6, KeepNext = true }));
        var width = 5355 / Math.Max(1, dimensions.Count);
        body.Append(Grid([4000, .. dimensions.Select(_ => width)], ["Tiểu lưu vực", .. dimensions.Select(d => d.Name)],
            section.Scorecard.SubBasins.Select(a => (IReadOnlyList<string>)[a.Name, .. a.Dimensions.Select(d => d.StatusName)]), size: 11));

        var changes = before is null
            ? $"Chưa có đánh giá năm {year - 1} để so sánh."
            : section.Changes.Count == 0
                ? $"So với năm {year - 1}, đánh giá các khía cạnh không thay đổi."
                : $"Thay đổi so với năm {year - 1}: " + string.Join("; ", section.Changes.Select(c => $"{c.Dimension} từ \"{c.Before}\" sang \"{c.Now}\"")) + ".";
        body.Append(Para(changes, text with { Before = 6 }));
    }
}
