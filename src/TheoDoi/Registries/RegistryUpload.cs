using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Texts;
using TheoDoi.Imports;
using TheoDoi.Shared;

namespace TheoDoi.Registries;

/// <summary>
/// The register workbook upload as the parks and waste pages run it: the caller's right is checked
/// before the workbook is parsed (a leader's 256 KB file inflating to 100 MB cost half a minute of
/// CPU, issue 12 item 11), the file is read within the workbook limit, and then imported all or
/// nothing by the page's import.
/// </summary>
public static class RegistryUpload
{
    /// <summary>The page's request limit: the workbook limit and room for the form's other fields.</summary>
    public const long RequestLimit = (8L << 20) + (64 << 10);

    /// <summary>What a register import of one file answers: the number of rows it saved.</summary>
    public delegate Task<UseCaseResult<int>> Import(Stream workbook, string fileName, CancellationToken cancellationToken);

    /// <summary>
    /// Done with the sentence the page shows after its redirect ("received file x: n rows", in the
    /// reader's language), or the refusal, with the page's status already set to its outcome's.
    /// </summary>
    public static async Task<UseCaseResult<string>> RunAsync(PageModel page, bool mayEdit, Import import, CancellationToken cancellationToken)
    {
        var result = await ReadAndImportAsync(page, mayEdit, import, cancellationToken);
        if (!result.IsDone)
        {
            page.Response.StatusCode = UseCaseProblem.StatusFor(result.Outcome);
        }

        return result;
    }

    private static async Task<UseCaseResult<string>> ReadAndImportAsync(PageModel page, bool mayEdit, Import import, CancellationToken cancellationToken)
    {
        if (!mayEdit)
        {
            return UseCaseResult.Forbidden("Tài khoản của bạn không được sửa sổ đăng ký này.", "Your account may not change this register.");
        }

        var read = await UploadForm.ReadAsync(page.Request, XlsxLimits.Workbook.MaxFileBytes, cancellationToken);
        if (read.File is not { } file)
        {
            return read.Refusal;
        }

        await using var stream = file.OpenReadStream();
        var imported = await import(stream, file.FileName, cancellationToken);
        return imported.IsDone
            ? UseCaseResult.Done(new Bilingual($"Đã nhận tệp {file.FileName}: {imported.Done()} dòng.", $"Received {file.FileName}: {imported.Done()} row(s).").Pick())
            : imported.Status;
    }
}
