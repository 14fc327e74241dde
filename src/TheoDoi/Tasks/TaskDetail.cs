using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Tasks;

/// <summary>One task with its assignment history, update history, evidence and the viewer's rights.</summary>
public sealed record TaskDetail(
    TaskBoard Board, TaskRow Row, TaskAccess Access, IReadOnlyList<TaskUpdate> History, IReadOnlyList<TaskEvidence> Evidence,
    IReadOnlyList<Plans.PlanLinks.Served> Serves, IReadOnlyList<Plans.PlanLinks.ServedBy> ServedBy)
{
    public static async Task<TaskDetail?> LoadAsync(AppDbContext db, int id, ClaimsPrincipal user, DateOnly today, CancellationToken cancellationToken = default)
    {
        var board = await TaskBoard.LoadAsync(db, today, await db.PlanItems.Where(i => i.Id == id).Select(i => (int?)i.PlanId).SingleOrDefaultAsync(cancellationToken), cancellationToken);
        if (board?.Find(id) is not { } row)
        {
            return null;
        }

        var access = TaskAccess.For(user, row.Item, board.Units.ById, today);
        var history = await db.TaskUpdates.AsNoTracking().Where(u => u.PlanItemId == id).OrderByDescending(u => u.Id).ToListAsync(cancellationToken);
        var evidence = access.CanReadEvidence
            ? await db.TaskEvidence.AsNoTracking().Where(e => e.PlanItemId == id).OrderByDescending(e => e.Id).ToListAsync(cancellationToken)
            : [];
        // Both sides of the plan's links: what this task serves, and (for a project) the tasks serving it.
        var serves = await Plans.PlanLinks.ServesAsync(db, id, cancellationToken);
        var servedBy = row.Item.Kind == Plans.PlanItemKind.Project ? await Plans.PlanLinks.ServingProjectAsync(db, id, cancellationToken) : [];
        return new TaskDetail(board, row, access, history, evidence, serves, servedBy);
    }

    public TaskDtos.TaskDetailDto ToDto()
    {
        var item = Row.Item;
        return new TaskDtos.TaskDetailDto(
            TaskDtos.ToDto(Row), item.Text, item.Deliverable, item.EvidenceText, Access.CanEditTask, Access.CanEditPart,
            item.Assignments.OrderBy(a => a.ValidFrom).ThenBy(a => a.Role)
                .Select(a => new TaskDtos.AssignmentDto(TaskDtos.Ref(Board.Units.ById[a.UnitId]), a.Role, a.ValidFrom, a.ValidTo, a.Origin, a.PartProgress, a.PartNote))
                .ToList(),
            History.Select(u => new TaskDtos.UpdateDto(u.At, u.Actor, u.UnitCode, u.Part, u.StatusFrom, u.StatusTo, u.ProgressFrom, u.ProgressTo, u.Comment)).ToList(),
            Access.CanReadEvidence
                ? Evidence.Select(e => new TaskDtos.EvidenceDto(e.Id, e.FileName, e.ContentType, e.Size, e.Description, e.UnitCode, e.UploadedAt, e.UploadedBy)).ToList()
                : null,
            Serves.Select(TaskDtos.ToDto).ToList(),
            ServedBy.Select(TaskDtos.ToDto).ToList());
    }
}
