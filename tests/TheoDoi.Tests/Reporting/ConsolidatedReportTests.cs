using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using TheoDoi.Accounts;
using static TheoDoi.Tests.Reporting.ReportingKit;

namespace TheoDoi.Tests.Reporting;

/// <summary>The consolidated report: the decree's layout, the Party format, the annex, and the PDF.</summary>
public sealed class ConsolidatedReportTests
{
    /// <summary>Two units report; Cục Môi trường is accepted, Vụ Kế hoạch - Tài chính only submitted.</summary>
    private static async Task<ReportingKit> ReportedAsync()
    {
        var kit = await ReportingKit.StartAsync();
        var environment = await kit.ReporterAsync("CMT");
        var task = (await ReportAsync(environment, "CMT")).Tasks.Single(t => t.Code == "6.2");
        await SaveAsync(environment, "CMT", new
        {
            narrative = Situation,
            difficulties = "Thiếu kinh phí vận hành trạm quan trắc",
            tasks = new[] { new { planItemId = task.PlanItemId, status = "in-progress", results = "Đã trình Thủ tướng Chính phủ Đề án lưu vực sông" } },
            indicators = new[] { new { code = "KCN-XLNT", numerator = 37m, denominator = 38m } },
        });
        await PostAsync(environment, "CMT", "submit");
        await PostAsync(kit.Coordinator, "CMT", "accept");
        var planning = await kit.ReporterAsync("VKHTC");
        await SaveAsync(planning, "VKHTC", new { narrative = "Bản chưa được chấp nhận", difficulties = "Khó khăn chưa duyệt" });
        await PostAsync(planning, "VKHTC", "submit");
        return kit;
    }

    private const string Situation = "Năm 2026 Cục Môi trường tập trung hoàn thiện thể chế về bảo vệ môi trường lưu vực sông.";

    private static async Task<byte[]> DownloadAsync(ReportingKit kit, string query)
    {
        var response = await kit.Coordinator.GetAsync("/api/v1/reporting/cycles/2026/consolidated?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static (string Text, WordprocessingDocument Document) Open(byte[] docx)
    {
        var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return (string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)), document);
    }

    [Fact]
    public async Task The_docx_has_the_decree_30_heading_subject_indicator_table_and_only_accepted_reports()
    {
        await using var kit = await ReportedAsync();

        var (text, document) = Open(await DownloadAsync(kit, "format=docx"));
        using var _ = document;

        var lines = text.Split('\n');
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", lines);
        Assert.Contains("BỘ NÔNG NGHIỆPVÀ MÔI TRƯỜNG", lines);
        Assert.Contains("I. TÌNH HÌNH CHUNG", lines);
        Assert.Contains($"- Cục Môi trường: {Situation}", lines);
        Assert.Contains(TheoDoi.Reporting.ConsolidatedDocx.SignerPlaceholder, lines); // the signer's name line
        Assert.DoesNotContain(TheoDoi.Reporting.ConsolidatedReport.DemoBanner, text, StringComparison.Ordinal); // not a demo installation // two lines joined by a break in one paragraph
        Assert.Contains("Số:      /BC-BNNMT", lines);
        Assert.Contains(lines, l => l.StartsWith("Hà Nội, ngày 02 tháng 11 năm 2026", StringComparison.Ordinal));
        Assert.Contains("BÁO CÁO", lines);
        Assert.Contains("Kết quả thực hiện Kế hoạch số 512-KH/BCSĐTNMT năm 2026", lines);
        Assert.Contains("Nơi nhận:", lines);
        Assert.Contains(lines, l => l.Contains("Bộ Tài chính", StringComparison.Ordinal));
        Assert.Contains("Đã trình Thủ tướng Chính phủ Đề án lưu vực sông", text, StringComparison.Ordinal);
        Assert.Contains("Thiếu kinh phí vận hành trạm quan trắc", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Khó khăn chưa duyệt", text, StringComparison.Ordinal); // not accepted
        Assert.DoesNotContain("DỰ THẢO", text, StringComparison.Ordinal);

        var table = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Single(t => t.InnerText.Contains("Mục tiêu 2030", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["1", "100%"], new[] { rows[1][0], rows[1][3] });
        // The unit's own figure is its submission, never presented as the region's figure.
        Assert.DoesNotContain("97,4", rows[1][2], StringComparison.Ordinal);
        Assert.Contains("báo cáo: 97,4% (37/38)", rows[1][4], StringComparison.Ordinal);
        var figures = table.Elements<TableRow>().Skip(1).First().Elements<TableCell>().ToList();
        Assert.Equal(JustificationValues.Right, figures[2].Descendants<Justification>().First().Val!.Value); // numbers right-aligned
        Assert.Equal(JustificationValues.Right, figures[3].Descendants<Justification>().First().Val!.Value);

        var properties = document.PackageProperties;
        Assert.Equal("Báo cáo: Kết quả thực hiện Kế hoạch số 512-KH/BCSĐTNMT năm 2026", properties.Title);
        Assert.Equal("Bộ Nông nghiệp và Môi trường", properties.Creator);
        Assert.Equal(new DateTime(2026, 11, 2), properties.Created?.Date);
        Assert.Equal("95%", rows[2][3]);
        Assert.Equal("98%", rows[3][3]);

        var section = document.MainDocumentPart.Document.Body.Elements<SectionProperties>().Single();
        Assert.Equal((11906u, 16838u), (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value));
        Assert.Equal(1701u, section.GetFirstChild<PageMargin>()!.Left!.Value); // 30 mm
        Assert.NotNull(section.GetFirstChild<TitlePage>()); // no page number on page 1
    }

    [Fact]
    public async Task A_draft_consolidation_includes_submitted_reports_and_is_marked_DU_THAO()
    {
        await using var kit = await ReportedAsync();

        var (text, document) = Open(await DownloadAsync(kit, "format=docx&draft=true"));
        using var _ = document;

        Assert.Contains("DỰ THẢO", text, StringComparison.Ordinal);
        Assert.Contains("Khó khăn chưa duyệt", text, StringComparison.Ordinal);
        Assert.All(document.MainDocumentPart!.HeaderParts, h => Assert.Contains("DỰ THẢO", h.Header!.InnerText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_party_format_has_the_party_heading_and_no_colon_after_So()
    {
        await using var kit = await ReportedAsync();

        var (text, document) = Open(await DownloadAsync(kit, "format=docx&party=true"));
        using var _ = document;

        var lines = text.Split('\n');
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", lines);
        Assert.Contains("Số      -BC/ĐU", lines);
        Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines);
        Assert.Contains(lines, l => l.StartsWith("T/M ĐẢNG ỦY", StringComparison.Ordinal));
        Assert.Contains("ĐẢNG ỦY BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", lines); // one paragraph without a break
        Assert.Contains($"- Cục Môi trường: {Situation}", lines);
        Assert.Contains(TheoDoi.Reporting.ConsolidatedDocx.SignerPlaceholder, lines);
        Assert.StartsWith("Báo cáo của Đảng ủy Bộ", document.PackageProperties.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_xlsx_annex_reads_back_with_tasks_by_unit_and_the_aggregated_indicator()
    {
        await using var kit = await ReportedAsync();
        using var stream = new MemoryStream(await DownloadAsync(kit, "format=xlsx"));

        var tasks = stream.Query(useHeaderRow: true, sheetName: "Nhiem vu", startCell: "A3").Cast<IDictionary<string, object>>().ToList();
        stream.Position = 0;
        var indicators = stream.Query(useHeaderRow: true, sheetName: "Chi tieu", startCell: "A3").Cast<IDictionary<string, object>>().ToList();

        var row = Assert.Single(tasks, t => Equals(t["Mã"], "6.2"));
        Assert.Equal(("CMT", "Đang triển khai"), (row["Mã đơn vị"].ToString(), row["Trạng thái"].ToString()));
        Assert.Single(indicators, i => Equals(i["Mã chỉ tiêu"], "KCN-XLNT") && Equals(i["Đơn vị"], TheoDoi.Reporting.ConsolidatedXlsx.RegionLabel));
        var submitted = indicators.Single(i => Equals(i["Mã chỉ tiêu"], "KCN-XLNT") && i["Đơn vị"].ToString()!.StartsWith("Cục Môi trường", StringComparison.Ordinal));
        Assert.Equal(0.9737m, Convert.ToDecimal(submitted["Tỷ lệ"], System.Globalization.CultureInfo.InvariantCulture)); // a share, shown as 97,4%
        Assert.Equal(37m, Convert.ToDecimal(submitted["Tử số"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_xlsx_annex_is_laid_out_for_printing_title_widths_bold_headers_dates_and_percentages()
    {
        await using var kit = await ReportedAsync();
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await DownloadAsync(kit, "format=xlsx")), false);
        var workbook = book.WorkbookPart!;
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ToList();
        var codes = styles.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(i => i.InnerText).ToList();
        DocumentFormat.OpenXml.Spreadsheet.Worksheet Sheet(string name) =>
            ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(workbook.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name).Id!)).Worksheet;
        DocumentFormat.OpenXml.Spreadsheet.Cell CellAt(DocumentFormat.OpenXml.Spreadsheet.Worksheet sheet, string reference) =>
            sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == reference);
        string FormatOf(DocumentFormat.OpenXml.Spreadsheet.Cell cell) => codes.GetValueOrDefault(formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value, "General")!;
        bool Bold(DocumentFormat.OpenXml.Spreadsheet.Cell cell) =>
            styles.Fonts!.Elements<DocumentFormat.OpenXml.Spreadsheet.Font>().ElementAt((int)formats[(int)cell.StyleIndex!.Value].FontId!.Value).Bold is not null;

        var tasks = Sheet("Nhiem vu");
        var title = strings[int.Parse(CellAt(tasks, "A1").CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)];
        Assert.Contains("512-KH/BCSĐTNMT", title, StringComparison.Ordinal);
        Assert.Contains("năm 2026", title, StringComparison.Ordinal);
        Assert.True(Bold(CellAt(tasks, "A3")));
        Assert.True(formats[(int)CellAt(tasks, "B3").StyleIndex!.Value].Alignment!.WrapText!.Value);
        Assert.All(tasks.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>(), c => Assert.True(c.Width!.Value >= 7));
        Assert.Equal(8, tasks.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().Count());

        var indicators = Sheet("Chi tieu");
        var share = indicators.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().First(c => c.CellReference!.Value!.StartsWith('F') && c.CellValue is not null && c.CellReference.Value != "F3");
        Assert.Equal("0.0%", FormatOf(share));
        var units = Sheet("Don vi");
        var submittedOn = units.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().First(c => c.CellReference!.Value!.StartsWith('D') && c.CellReference.Value != "D3");
        Assert.Equal("dd/mm/yyyy", FormatOf(submittedOn));
        Assert.Equal(new DateTime(2026, 11, 2), DateTime.FromOADate(double.Parse(submittedOn.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Bộ Nông nghiệp và Môi trường", book.PackageProperties.Creator);
    }

    [Fact]
    public async Task The_pdf_carries_the_general_situation_and_the_party_heading_fits_on_one_line()
    {
        await using var kit = await ReportedAsync();

        var state = await PdfTextAsync(await DownloadAsync(kit, "format=pdf"), "consolidated-state");
        var party = await PdfTextAsync(await DownloadAsync(kit, "format=docx&party=true"), "consolidated-party", convert: true);

        Assert.Contains("TÌNH HÌNH CHUNG", state, StringComparison.Ordinal);
        Assert.Contains("tập trung hoàn thiện thể chế", state, StringComparison.Ordinal);
        Assert.Contains("ĐẢNG ỦY BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", party, StringComparison.Ordinal); // printed on one line
    }

    /// <summary>The PDF's text as laid out; its pages are saved as pictures (60 dpi) to be looked at.</summary>
    private static async Task<string> PdfTextAsync(byte[] file, string pictures, bool convert = false)
    {
        var pdf = convert ? (await TheoDoi.Reporting.PdfConverter.ConvertAsync(file, CancellationToken.None)).Pdf! : file;
        var path = Path.Combine(Path.GetTempPath(), $"theodoi-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        using (var render = Process.Start("pdftoppm", ["-png", "-r", "60", path, Infrastructure.Browser.ScreenshotPath(pictures)[..^4]])!)
        {
            await render.WaitForExitAsync();
        }

        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(path);
        return text;
    }

    [Fact]
    public async Task The_pdf_is_rendered_by_LibreOffice_and_its_first_page_saved_as_a_picture()
    {
        await using var kit = await ReportedAsync();

        var pdf = await DownloadAsync(kit, "format=pdf");

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"theodoi-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var png = Infrastructure.Browser.ScreenshotPath("consolidated-page1");
        using var render = Process.Start("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, png[..^4]])!;
        await render.WaitForExitAsync();
        Assert.Equal(0, render.ExitCode);
        Assert.True(new FileInfo(png).Length > 10_000, "the first page should render with text on it");
    }

    [Fact]
    public async Task Only_coordinators_leaders_and_admins_download_it_and_an_unknown_format_is_refused()
    {
        await using var kit = await ReportedAsync();
        var reporter = await kit.ReporterAsync("CMT");

        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/api/v1/reporting/cycles/2026/consolidated")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await kit.Coordinator.GetAsync("/api/v1/reporting/cycles/2026/consolidated?format=odt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kit.Coordinator.GetAsync("/api/v1/reporting/cycles/2029/consolidated")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await kit.App.ClientAsAsync(Roles.Leader)).GetAsync("/api/v1/reporting/cycles/2026/consolidated?format=xlsx")).StatusCode);
    }

    [Fact]
    public async Task The_command_line_writes_the_same_report()
    {
        await using var kit = await ReportedAsync();
        var output = Path.Combine(kit.App.Data.DataDirectory, "bao-cao.docx");
        string[] where = kit.App.Data.Provider == TheoDoi.Data.DatabaseProvider.Postgres
            ? ["--data", kit.App.Data.DataDirectory, "--db", kit.App.Data.ConnectionString]
            : ["--data", kit.App.Data.DataDirectory];

        var result = await Infrastructure.Cli.RunAsync(null, ["report", "annual", "--year", "2026", "--format", "docx", "--out", output, .. where]);
        var missing = await Infrastructure.Cli.RunAsync(null, ["report", "annual", "--year", "2030", "--out", output + ".x", .. where]);

        Assert.True(result.ExitCode == 0, result.Error);
        var (text, document) = Open(await File.ReadAllBytesAsync(output));
        using var _ = document;
        Assert.Contains("Kết quả thực hiện Kế hoạch số 512-KH/BCSĐTNMT năm 2026", text, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Chưa có kỳ báo cáo năm 2030", missing.Error, StringComparison.Ordinal);
    }
}
