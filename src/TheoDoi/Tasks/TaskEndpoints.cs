using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Plans;

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

        tasks.MapGet("/{id:int}", async Task<IResult> (int id, AppDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            await TaskDetail.LoadAsync(db, id, user, VietnamTime.Today(clock), ct) is { } detail
                ? TypedResults.Ok(detail.ToDto())
                : TypedResults.Problem($"no task {id}", statusCode: StatusCodes.Status404NotFound))
            .WithSummary("One task with its holders over time, its update history and (for those allowed) its evidence.");

        tasks.MapPatch("/{id:int}", async Task<IResult> (int id, UpdateTask.Request request, UpdateTask update, ClaimsPrincipal user, CancellationToken ct) =>
            (await update.RunAsync(id, request, user, ct)).ToHttp())
            .WithSummary("Update status, progress and comment (lead unit, coordinator), or a coordinating unit's own part. Send `version` to detect conflicting edits (409).");

        tasks.MapPost("/{id:int}/evidence", async Task<IResult> (int id, IFormFile? file, [FromForm] string? description, AddEvidence add, ClaimsPrincipal user, CancellationToken ct) =>
            (await add.RunAsync(id, file, description, user, ct)).ToHttp())
            .DisableAntiforgery() // bearer-token API: no cookie, so no cross-site forgery
            .WithSummary("Attach an evidence file (multipart field `file`, optional `description`): PDF, Office, images, text; at most 20 MB.");

        tasks.MapGet("/{id:int}/evidence/{evidenceId:int}", DownloadEvidenceAsync)
            .WithSummary("Download an evidence file (as an attachment, never rendered inline).");

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

    public static async Task<IResult> DownloadEvidenceAsync(int id, int evidenceId, AppDbContext db, EvidenceFiles files, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct)
    {
        var detail = await TaskDetail.LoadAsync(db, id, user, VietnamTime.Today(clock), ct);
        if (detail is null)
        {
            return TypedResults.Problem($"no task {id}", statusCode: StatusCodes.Status404NotFound);
        }

        if (!detail.Access.CanReadEvidence)
        {
            return TypedResults.Problem("you may not read this task's evidence", statusCode: StatusCodes.Status403Forbidden);
        }

        var evidence = await db.TaskEvidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && e.PlanItemId == id, ct);
        return evidence is null
            ? TypedResults.Problem($"no evidence {evidenceId} on task {id}", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.File(files.Open(evidence), evidence.ContentType, evidence.FileName);
    }
}
