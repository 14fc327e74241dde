using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Plans;
using TheoDoi.Shared;

namespace TheoDoi.Tasks;

public static class TaskEndpoints
{
    public sealed record ProjectDto(
        int Id, string Code, string Title, TaskDtos.UnitRef? LeadUnit, DateOnly? DueDate, ProjectStage Stage,
        string? DecisionNumber, DateOnly? DecisionDate, string? ReturnReason, bool Overdue, int DaysOverdue, string? SubmitTo);

    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks").RequireAuthorization(Policies.SignedIn);

        tasks.MapGet("/", async ([AsParameters] TaskQuery query, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var today = VietnamTime.Today(clock);
            var board = await TaskBoard.LoadAsync(db, today, cancellationToken: ct);
            return board is null ? [] : query.Apply(board).Select(r => TaskDtos.ToDto(r)).ToList();
        }).WithSummary("Tasks, sub-tasks and projects with derived flags. Filters: group, unit, status, overdue, behindPace, dueWithin (days), search; sort=due|progress|status|overdue.");

        tasks.MapGet("/{id:int}", async Task<Results<Ok<TaskDtos.TaskDetailDto>, UseCaseProblem>> (int id, AppDbContext db, TimeProvider clock, ClaimsPrincipal user, HttpResponse response, CancellationToken ct) =>
            await TaskDetail.LoadAsync(db, id, user, VietnamTime.Today(clock), ct) is { } detail
                ? Versioning.OkWithETag(detail.ToDto(), detail.Row.Item.Version, response)
                : NoTask(id))
            .WithSummary("One task with its holders over time, its update history and (for those allowed) its evidence. Sends the task's version as `ETag`.");

        tasks.MapPatch("/{id:int}", PatchAsync)
            .WithSummary("Update status, progress and comment (lead unit, coordinator), or a coordinating unit's own part. The version is required: `version` in the body or `If-Match` with the ETag of the GET (428 without; 409 for a stale body version, 412 for a stale If-Match). Answers the updated task with its new ETag.");

        tasks.MapPost("/{id:int}/evidence", async Task<IResult> (int id, HttpRequest request, AddEvidence add, ClaimsPrincipal user, CancellationToken ct) =>
        {
            // Read within the evidence limit, so a file too large is a 413 with the limit, not a bare error.
            var upload = await Imports.UploadForm.ReadAsync(request, EvidenceFiles.MaxBytes + (64 << 10), ct);
            if (upload.Form is not { } form)
            {
                return upload.Refusal.ToHttp();
            }

            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            var result = await add.RunAsync(id, file, form["description"].FirstOrDefault(), user, ct);
            return result.ToHttp(created => TypedResults.Created($"/api/v1/tasks/{id}/evidence/{created.Id}", TaskDtos.ToDto(created)));
        })
            .DisableAntiforgery() // bearer-token API: no cookie, so no cross-site forgery
            .WithSummary("Attach an evidence file to a task, sub-task or project (multipart field `file`, optional `description`): PDF, Office, images, text; at most 20 MB. 201 with the evidence and its `Location`; 404 for a plan group or unknown id.");

        tasks.MapGet("/{id:int}/evidence/{evidenceId:int}", DownloadEvidenceAsync)
            .ProducesFile("application/octet-stream").WithSummary("Download an evidence file (as an attachment, never rendered inline).");

        api.MapGet("/projects", async (AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var today = VietnamTime.Today(clock);
            var board = await TaskBoard.LoadAsync(db, today, cancellationToken: ct);
            return (board?.Rows ?? []).Where(r => r.Item.Kind == PlanItemKind.Project).Select(r => new ProjectDto(
                r.Item.Id, r.Item.Code, r.Item.Title, r.LeadUnits.Select(TaskDtos.Ref).FirstOrDefault(), r.Item.DueDate,
                r.Item.ProjectStage ?? ProjectStage.Drafting, r.Item.DecisionNumber, r.Item.DecisionDate, r.Item.ReturnReason,
                r.Flags.Overdue, r.Flags.DaysOverdue, r.Item.SubmitTo)).ToList();
        }).WithTags("Tasks").RequireAuthorization(Policies.SignedIn).WithSummary("The plan's projects (Đề án) with their stage and days overdue.");

        return api;
    }

    private static async Task<IResult> PatchAsync(int id, UpdateTask.Request request, UpdateTask update, AppDbContext db, TimeProvider clock, ClaimsPrincipal user, HttpRequest http, CancellationToken ct)
    {
        var expected = Versioning.Read(http, request.Version);
        if (Versioning.Refusal(expected) is { } refusal)
        {
            return refusal;
        }

        var current = await db.PlanItems.AsNoTracking().Where(i => i.Id == id).Select(i => (int?)i.Version).SingleOrDefaultAsync(ct);
        if (current is { } version && version != expected.Version)
        {
            return Versioning.Stale(expected, version);
        }

        var result = await update.RunAsync(id, request with { Version = expected.Version }, user, ct);
        if (result.Outcome == Outcome.Conflict)
        {
            var now = await db.PlanItems.AsNoTracking().Where(i => i.Id == id).Select(i => i.Version).SingleAsync(ct);
            return Versioning.Stale(expected, now);
        }

        if (result.Outcome != Outcome.Done)
        {
            return result.ToHttp();
        }

        var detail = await TaskDetail.LoadAsync(db, id, user, VietnamTime.Today(clock), ct);
        return Versioning.OkWithETag(detail!.ToDto(), detail.Row.Item.Version, http.HttpContext.Response);
    }

    private static UseCaseProblem NoTask(int id) =>
        new(UseCaseResult.NotFound($"Không có nhiệm vụ {id}.", $"No task {id}."));

    public static async Task<Results<FileStreamHttpResult, UseCaseProblem>> DownloadEvidenceAsync(int id, int evidenceId, AppDbContext db, EvidenceFiles files, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var detail = await TaskDetail.LoadAsync(db, id, user, VietnamTime.Today(clock), ct);
        if (detail is null)
        {
            return NoTask(id);
        }

        if (!detail.Access.CanReadEvidence)
        {
            return new UseCaseProblem(UseCaseResult.Forbidden("Bạn không được xem minh chứng của nhiệm vụ này.", "You may not read this task's evidence."));
        }

        var evidence = await db.TaskEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && e.PlanItemId == id, ct);
        return evidence is null
            ? new UseCaseProblem(UseCaseResult.NotFound($"Nhiệm vụ {id} không có minh chứng {evidenceId}.", $"No evidence {evidenceId} on task {id}."))
            : TypedResults.File(files.Open(evidence), evidence.ContentType, evidence.FileName);
    }
}
