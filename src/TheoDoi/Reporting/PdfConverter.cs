using System.Diagnostics;

namespace TheoDoi.Reporting;

/// <summary>
/// Converts a DOCX to PDF with LibreOffice (Debian package libreoffice-writer-nogui), when installed.
/// Each conversion uses its own throwaway profile so parallel conversions never lock each other.
/// </summary>
public static class PdfConverter
{
    public static readonly Core.Texts.Bilingual NotInstalled = new(
        "Chưa cài LibreOffice (gói libreoffice-writer-nogui) nên không tạo được PDF; hãy tải bản DOCX.",
        "LibreOffice (package libreoffice-writer-nogui) is not installed, so no PDF can be made; download the DOCX.");

    public static string? Executable =>
        new[] { "soffice", "libreoffice" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <returns>The PDF bytes, or null with the reason.</returns>
    public static async Task<(byte[]? Pdf, string? Error)> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        if (Executable is not { } soffice)
        {
            return (null, NotInstalled.Pick());
        }

        var work = Directory.CreateTempSubdirectory("theodoi-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-env:UserInstallation=file://" + Path.Combine(work.FullName, "profile"), "--headless", "--convert-to", "pdf", "--outdir", work.FullName, input })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var output = Path.Combine(work.FullName, "report.pdf");
            return File.Exists(output)
                ? (await File.ReadAllBytesAsync(output, cancellationToken), null)
                : (null, new Core.Texts.Bilingual("LibreOffice không chuyển được sang PDF: ", "LibreOffice could not convert to PDF: ").Pick() + await stderr);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
