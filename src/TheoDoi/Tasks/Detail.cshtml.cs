using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Tasks;

/// <summary>
/// A task's page. The card has one form and one "Lưu" button: the update (status, progress, comment)
/// and an optional evidence file are saved together, in one transaction, so neither is dropped by
/// clicking the other's button; when anything is refused nothing is saved and the typed values are
/// shown again.
/// </summary>
public sealed class Detail(AppDbContext db, TimeProvider clock) : PageModel
{
    public TaskDetail Task { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What the user typed, shown again when the save was refused.</summary>
    public UpdateTask.Request? Pending { get; private set; }
    public string? PendingDescription { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUpdateAsync(int id, UpdateTask.Request request, IFormFile? file, string? description,
        [FromServices] UpdateTask update, [FromServices] AddEvidence add, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var hasFile = file is { Length: > 0 };
        if (FormRefusals.Of(HttpContext) is { } unreadable)
        {
            return await AfterAsync(id, unreadable, "", request, description, hasFile, cancellationToken);
        }

        var changes = Changes(request);
        if (!changes && !hasFile)
        {
            Saved = "Không có thay đổi nào để lưu.";
            return RedirectToPage(new { id });
        }

        UseCaseResult result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            result = changes ? await update.RunAsync(id, request, User, cancellationToken) : UseCaseResult.Ok;
            if (result.Outcome == Outcome.Done && hasFile)
            {
                result = (await add.RunAsync(id, file, description, User, cancellationToken)).Status;
            }

            if (result.Outcome == Outcome.Done)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        var message = (changes, hasFile) switch
        {
            (true, true) => "Đã lưu cập nhật và minh chứng.",
            (false, true) => "Đã thêm minh chứng.",
            _ => "Đã lưu cập nhật.",
        };
        return await AfterAsync(id, result, message, request, description, hasFile, cancellationToken);
    }

    public async Task<IActionResult> OnGetFileAsync(int id, int evidenceId, [FromServices] EvidenceFiles files, CancellationToken cancellationToken) =>
        new HttpResultAction(await TaskEndpoints.DownloadEvidenceAsync(id, evidenceId, db, files, clock, User, cancellationToken));

    /// <summary>Whether the form asks for anything else than what the task already says.</summary>
    private bool Changes(UpdateTask.Request request)
    {
        var item = Task.Row.Item;
        if (!string.IsNullOrWhiteSpace(request.Comment))
        {
            return true;
        }

        if (!Task.Access.CanEditTask)
        {
            return request.Progress is { } part && part != (Task.Access.OwnAssignment?.PartProgress ?? 0);
        }

        return (request.Status is { } status && status != item.Status)
            || (request.Progress is { } progress && progress != item.Progress)
            || (request.EvidenceText ?? "") != (item.EvidenceText ?? "")
            || (request.ProjectStage is { } stage && stage != item.ProjectStage)
            || (request.DecisionNumber is { Length: > 0 } number && number != item.DecisionNumber)
            || (request.DecisionDate is { } date && date != item.DecisionDate)
            || !string.IsNullOrWhiteSpace(request.ReturnReason);
    }

    private Task<IActionResult> AfterAsync(int id, UseCaseResult result, string message, UpdateTask.Request request, string? description, bool hadFile, CancellationToken cancellationToken) =>
        this.AnswerAsync(result, () =>
        {
            Saved = message;
            return RedirectToPage(new { id });
        }, async () =>
        {
            // Invalid or conflicting input: nothing was saved; show the reasons and what was typed.
            var errors = result.Errors.ToList();
            if (hadFile)
            {
                errors.Add(new Bilingual("Tệp chưa được lưu: hãy chọn lại tệp rồi bấm Lưu.", "The file was not saved: choose it again and click Save.").Pick());
            }

            Errors = errors;
            Pending = request;
            PendingDescription = description;
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        });

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
