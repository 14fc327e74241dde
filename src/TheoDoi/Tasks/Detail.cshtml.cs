using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Web;

namespace TheoDoi.Tasks;

public sealed class Detail(AppDbContext db, TimeProvider clock) : PageModel
{
    public TaskDetail Task { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUpdateAsync(int id, UpdateTask.Request request, [FromServices] UpdateTask update, CancellationToken cancellationToken)
    {
        var result = await update.RunAsync(id, request, User, cancellationToken);
        return await AfterAsync(id, result, "Đã lưu cập nhật.", cancellationToken);
    }

    public async Task<IActionResult> OnPostEvidenceAsync(int id, IFormFile? file, string? description, [FromServices] AddEvidence add, CancellationToken cancellationToken)
    {
        var result = await add.RunAsync(id, file, description, User, cancellationToken);
        return await AfterAsync(id, result, "Đã thêm minh chứng.", cancellationToken);
    }

    public async Task<IActionResult> OnGetFileAsync(int id, int evidenceId, [FromServices] EvidenceFiles files, CancellationToken cancellationToken) =>
        new Web.HttpResultAction(await TaskEndpoints.DownloadEvidenceAsync(id, evidenceId, db, files, clock, User, cancellationToken));

    private async Task<IActionResult> AfterAsync(int id, UseCaseResult result, string message, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case Outcome.Done:
                Saved = message;
                return RedirectToPage(new { id });
            case Outcome.NotFound:
                return NotFound();
            case Outcome.Forbidden:
                return Forbid();
            default:
                // Invalid or conflicting input: show the page again with the reasons; nothing was saved.
                Errors = result.Errors;
                Response.StatusCode = result.Outcome == Outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await TaskDetail.LoadAsync(db, id, User, VietnamTime.Today(clock), cancellationToken) is not { } detail)
        {
            return false;
        }

        Task = detail;
        return true;
    }
}
