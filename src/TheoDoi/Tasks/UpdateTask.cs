using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Tasks;

/// <summary>
/// Updates a task's status, progress and comment (or a coordinating unit's own part), checking who
/// may, what is valid, and that nobody else saved in between; writes the task's history and, when a
/// coordinator changed it, tells the unit holding it.
/// </summary>
public sealed class UpdateTask(AppDbContext db, TimeProvider clock, TaskChangeNotices notices)
{
    public sealed record Request(
        WorkStatus? Status = null, int? Progress = null, string? Comment = null, int? Version = null,
        string? EvidenceText = null, ProjectStage? ProjectStage = null, string? DecisionNumber = null,
        DateOnly? DecisionDate = null, string? ReturnReason = null, decimal? Weight = null);

    public async Task<UseCaseResult> RunAsync(int id, Request request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var item = await db.PlanItems.Include(i => i.Assignments).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || item.Kind is not (Plans.PlanItemKind.Task or Plans.PlanItemKind.SubTask or Plans.PlanItemKind.Project))
        {
            return UseCaseResult.NotFound($"Không có nhiệm vụ {id}.", $"No task {id}.");
        }

        var today = VietnamTime.Today(clock);
        var units = (await UnitDirectory.LoadAsync(db, cancellationToken)).ById;
        var access = TaskAccess.For(user, item, units, today);
        var touchesTask = request.Status is not null || request.EvidenceText is not null || request.ProjectStage is not null
            || request.DecisionNumber is not null || request.DecisionDate is not null || request.ReturnReason is not null;
        var isCoordinator = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin);
        if (!access.CanEditTask && !(access.CanEditPart && !touchesTask && request.Weight is null)
            || (request.Weight is not null && !isCoordinator))
        {
            return UseCaseResult.Forbidden("Bạn không được cập nhật nhiệm vụ này.", "You may not update this task.");
        }

        if (request.Version is { } version && version != item.Version)
        {
            return UseCaseResult.Conflict(
                $"Nhiệm vụ đã được người khác cập nhật (phiên bản {item.Version}, bạn đang sửa phiên bản {version}); hãy tải lại trang.",
                $"The task changed since you opened it (version {item.Version}, you edited version {version}); reload the page.");
        }

        var errors = Validate(request, item);
        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        var history = new TaskUpdate
        {
            PlanItemId = item.Id,
            At = clock.GetUtcNow().UtcDateTime,
            Actor = user.Identity?.Name ?? "?",
            UnitCode = user.UnitCode(),
            Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
        };

        if (access.CanEditTask)
        {
            history.Part = AssignmentRole.Lead;
            ApplyToTask(item, request, history);
        }
        else
        {
            var part = access.OwnAssignment!;
            history.Part = AssignmentRole.Coordinating;
            history.ProgressFrom = part.PartProgress;
            part.PartProgress = request.Progress ?? part.PartProgress;
            part.PartNote = history.Comment ?? part.PartNote;
            history.ProgressTo = part.PartProgress;
        }

        item.Version++;
        db.TaskUpdates.Add(history);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return UseCaseResult.Conflict("Nhiệm vụ vừa được người khác cập nhật; hãy tải lại trang.", "The task changed while you saved; reload the page.");
        }

        if (isCoordinator)
        {
            // The unit holding the task learns what the coordinator changed (once per change).
            await notices.RaiseAsync(item, history, user, units, today, cancellationToken);
        }

        return UseCaseResult.Ok;
    }

    private static void ApplyToTask(Plans.PlanItem item, Request request, TaskUpdate history)
    {
        history.StatusFrom = item.Status;
        history.ProgressFrom = item.Progress;
        if (request.Status is { } status)
        {
            item.Status = status;
            // A finished task is 100% unless told otherwise.
            if (status == WorkStatus.Done && request.Progress is null)
            {
                item.Progress = 100;
            }
        }

        item.Progress = request.Progress ?? item.Progress;
        if (request.Status is null && item.Status == WorkStatus.NotStarted && item.Progress > 0)
        {
            item.Status = WorkStatus.InProgress;
        }

        item.EvidenceText = request.EvidenceText ?? item.EvidenceText;
        item.Weight = request.Weight ?? item.Weight;
        if (request.ProjectStage is { } stage)
        {
            item.ProjectStage = stage;
            item.DecisionNumber = request.DecisionNumber ?? item.DecisionNumber;
            item.DecisionDate = request.DecisionDate ?? item.DecisionDate;
            item.ReturnReason = stage == ProjectStage.Returned ? request.ReturnReason : null;
            if (stage == ProjectStage.Approved)
            {
                item.Status = WorkStatus.Done;
                item.Progress = 100;
            }
        }

        history.StatusTo = item.Status;
        history.ProgressTo = item.Progress;
    }

    private static List<Bilingual> Validate(Request request, Plans.PlanItem item)
    {
        var errors = new List<Bilingual>();
        if (request.Progress is { } progress && progress is < 0 or > 100)
        {
            errors.Add(new("Tiến độ phải từ 0 đến 100%.", "Progress must be 0–100%."));
        }

        if (request.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add(new("Trạng thái không hợp lệ.", "Unknown status."));
        }

        if (request.Status == WorkStatus.Done && request.Progress is { } p && p < 100)
        {
            errors.Add(new("Nhiệm vụ hoàn thành phải có tiến độ 100%.", "A done task is at 100%."));
        }

        if (request.Status == WorkStatus.Paused && string.IsNullOrWhiteSpace(request.Comment))
        {
            errors.Add(new("Tạm dừng cần ghi rõ lý do trong phần nhận xét.", "Pausing needs a reason in the comment."));
        }

        if (request.Comment is { Length: > 4000 } || request.EvidenceText is { Length: > 4000 })
        {
            errors.Add(new("Nhận xét hoặc minh chứng quá dài (tối đa 4.000 ký tự).", "The comment or evidence text is longer than 4,000 characters."));
        }

        if (request.Weight is { } weight && weight is < 0 or > 100)
        {
            errors.Add(new("Trọng số phải từ 0 đến 100.", "The weight must be 0–100."));
        }

        if (request.ProjectStage is { } stage)
        {
            if (item.Kind != Plans.PlanItemKind.Project)
            {
                errors.Add(new("Chỉ đề án mới có giai đoạn.", "Only projects have a stage."));
            }
            else if (stage == ProjectStage.Approved && (string.IsNullOrWhiteSpace(request.DecisionNumber) || request.DecisionDate is null))
            {
                errors.Add(new("Đề án được phê duyệt cần số và ngày quyết định.", "An approved project needs the decision number and date."));
            }
            else if (stage == ProjectStage.Returned && string.IsNullOrWhiteSpace(request.ReturnReason))
            {
                errors.Add(new("Đề án bị trả lại cần ghi lý do.", "A returned project needs the reason."));
            }
        }

        return errors;
    }
}
