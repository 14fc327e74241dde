using TheoDoi.Core.Texts;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Reporting;

/// <summary>Produces the consolidated report of a year as DOCX, XLSX or PDF (shared by API, page and CLI).</summary>
/// <remarks>The signer's name printed under the signature comes from Reporting:Signer (State format) and Reporting:PartySigner.</remarks>
public sealed class ConsolidatedFiles(AppDbContext db, TimeProvider clock, IConfiguration? configuration = null)
{
    public sealed record File(byte[] Content, string ContentType, string FileName);

    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string PdfType = "application/pdf";

    public static readonly string[] Formats = ["docx", "xlsx", "pdf"];

    /// <returns>The file, or the reason there is none (unknown format or cycle, PDF unavailable on this machine).</returns>
    public async Task<UseCaseResult<File>> CreateAsync(int year, string format, bool party, bool draft, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format))
        {
            return UseCaseResult.Invalid($"Định dạng '{format}' không hỗ trợ; dùng docx, xlsx hoặc pdf.", $"The format '{format}' is not supported; use docx, xlsx or pdf.");
        }

        var report = await ConsolidatedReport.BuildAsync(db, year, draft, clock, cancellationToken);
        if (report is null)
        {
            return UseCaseResult.NotFound($"Chưa có kỳ báo cáo năm {year}.", $"There is no reporting cycle for {year}.");
        }

        var name = $"bao-cao-512-nam-{year}{(party ? "-dang" : "")}{(draft ? "-du-thao" : "")}";
        using var stream = new MemoryStream();
        if (format == "xlsx")
        {
            ConsolidatedXlsx.Write(report, stream);
            return UseCaseResult.Done(new File(stream.ToArray(), XlsxType, name + ".xlsx"));
        }

        ConsolidatedDocx.Write(report, party, stream, configuration?[party ? "Reporting:PartySigner" : "Reporting:Signer"]);
        if (format == "docx")
        {
            return UseCaseResult.Done(new File(stream.ToArray(), DocxType, name + ".docx"));
        }

        var (pdf, error) = await PdfConverter.ConvertAsync(stream.ToArray(), cancellationToken);
        return pdf is null
            ? UseCaseResult.Unavailable(new(error!, error!))
            : UseCaseResult.Done(new File(pdf, PdfType, name + ".pdf"));
    }
}
