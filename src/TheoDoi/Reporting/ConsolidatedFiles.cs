using TheoDoi.Core.Texts;
using TheoDoi.Data;

namespace TheoDoi.Reporting;

/// <summary>Produces the consolidated report of a year as DOCX, XLSX or PDF (shared by API, page and CLI).</summary>
/// <remarks>The signer's name printed under the signature comes from Reporting:Signer (State format) and Reporting:PartySigner.</remarks>
public sealed class ConsolidatedFiles(AppDbContext db, TimeProvider clock, IConfiguration? configuration = null)
{
    public sealed record File(byte[] Content, string ContentType, string FileName);

    public static readonly string[] Formats = ["docx", "xlsx", "pdf"];

    /// <returns>The file, or null with the reason (unknown cycle or format, PDF unavailable).</returns>
    public async Task<(File? File, int Status, string? Error)> CreateAsync(int year, string format, bool party, bool draft, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format))
        {
            return (null, StatusCodes.Status400BadRequest, new Bilingual($"Định dạng '{format}' không hỗ trợ; dùng docx, xlsx hoặc pdf.", $"The format '{format}' is not supported; use docx, xlsx or pdf.").Pick());
        }

        var report = await ConsolidatedReport.BuildAsync(db, year, draft, clock, cancellationToken);
        if (report is null)
        {
            return (null, StatusCodes.Status404NotFound, new Bilingual($"Chưa có kỳ báo cáo năm {year}.", $"There is no reporting cycle for {year}.").Pick());
        }

        var name = $"bao-cao-512-nam-{year}{(party ? "-dang" : "")}{(draft ? "-du-thao" : "")}";
        using var stream = new MemoryStream();
        if (format == "xlsx")
        {
            ConsolidatedXlsx.Write(report, stream);
            return (new File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"), StatusCodes.Status200OK, null);
        }

        ConsolidatedDocx.Write(report, party, stream, configuration?[party ? "Reporting:PartySigner" : "Reporting:Signer"]);
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
