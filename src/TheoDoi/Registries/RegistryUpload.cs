using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Imports;

namespace TheoDoi.Registries;

/// <summary>
/// The register workbook as the parks and waste pages receive it: the caller's right is checked
/// before the workbook is parsed (a leader's 256 KB file inflating to 100 MB cost half a minute of
/// CPU, issue 12 item 11), and the file is read within the workbook limit.
/// </summary>
public static class RegistryUpload
{
    /// <summary>The page's request limit: the workbook limit and room for the form's other fields.</summary>
    public const long RequestLimit = (8L << 20) + (64 << 10);

    public sealed record Upload(IFormFile? File, IReadOnlyList<string> Errors);

    /// <summary>The file, or the refusal with the page's status already set.</summary>
    public static async Task<Upload> ReadAsync(PageModel page, bool mayEdit, CancellationToken cancellationToken)
    {
        if (!mayEdit)
        {
            page.Response.StatusCode = StatusCodes.Status403Forbidden;
            return new(null, [new Core.Texts.Bilingual("Tài khoản của bạn không được sửa sổ đăng ký này.", "Your account may not change this register.").Pick()]);
        }

        var read = await UploadForm.ReadAsync(page.Request, XlsxLimits.Workbook.MaxFileBytes, cancellationToken);
        if (read.File is null)
        {
            page.Response.StatusCode = read.Status;
            return new(null, [read.Problem?.Pick() ?? ""]);
        }

        return new(read.File, []);
    }
}
