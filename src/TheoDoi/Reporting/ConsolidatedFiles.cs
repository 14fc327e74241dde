using TheoDoi.Data;

namespace TheoDoi.Reporting;

/// <summary>Produces the consolidated report of a year as DOCX, XLSX or PDF (shared by API, page and CLI).</summary>
public sealed class ConsolidatedFiles(AppDbContext db, TimeProvider clock)
{
    public sealed record File(byte[] Content, string ContentType, string FileName);

    public static readonly string[] Formats = ["docx", "xlsx", "pdf"];

    /// <returns>The file, or null with the reason (unknown cycle or format, PDF unavailable).</returns>
    public async Task<(File? File, int Status, string? Error)> CreateAsync(int year, string format, bool party, bool draft, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format))
        {
            return (null, StatusCodes.Status400BadRequest, $"Định dạng '{format}' không hỗ trợ; dùng docx, xlsx hoặc pdf. (Unknown format.)");
        }

        var report = await ConsolidatedReport.BuildAsync(db, year, draft, clock, cancellationToken);
        if (report is null)
        {
            return (null, StatusCodes.Status404NotFound, $"Chưa có kỳ báo cáo năm {year}. (No cycle for {year}.)");
        }

        var name = $"bao-cao-512-nam-{year}{(party ? "-dang" : "")}{(draft ? "-du-thao" : "")}";
        using var stream = new MemoryStream();
        if (format == "xlsx")
        {
            ConsolidatedXlsx.Write(report, stream);
            return (new File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"), StatusCodes.Status200OK, null);
        }

        ConsolidatedDocx.Write(report, party, stream);
        if (format == "docx")
        {
            return (new File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"), StatusCodes.Status200OK, null);
        }

        var (pdf, error) = await PdfConverter.ConvertAsync(stream.ToArray(), cancellationToken);
        return pdf is null
            ? (null, StatusCodes.Status503ServiceUnavailable, error)
            : (new File(pdf, "application/pdf", name + ".pdf"), StatusCodes.Status200OK, null);
    }
}
