using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Tasks;

namespace TheoDoi.Reporting;

/// <summary>
/// One status for one task: the task record is the official status. The report pre-fills from it
/// (<see cref="OpenCycle"/>), and when a report is accepted the status the lead unit reported for its
/// tasks is written back to the task records (with a history line; the audit trail records the
/// values), so the task list and the consolidated report agree. A task changed on the task page
/// after the report was submitted keeps its newer status.
/// </summary>
public static class AcceptedTaskStatus
{
    public static async Task ApplyAsync(AppDbContext db, UnitReport report, string actor, DateTime now, CancellationToken cancellationToken)
    {
        var ids = report.Tasks.Select(t => t.PlanItemId).ToList();
        var items = await db.PlanItems.Include(i => i.Assignments).Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        var submitted = report.LastSubmittedAt ?? now;
        var changedSince = await db.TaskUpdates.Where(u => ids.Contains(u.PlanItemId) && u.At > submitted)
            .Select(u => u.PlanItemId).Distinct().ToListAsync(cancellationToken);
        var yearStart = new DateOnly(report.Cycle.Year, 1, 1);
        foreach (var entry in report.Tasks)
        {
            var item = items.Single(i => i.Id == entry.PlanItemId);
            var leads = item.Assignments.Any(a => a.UnitId == report.UnitId && a.Role == AssignmentRole.Lead
                && a.ValidFrom <= report.Cycle.Deadline && (a.ValidTo is null || a.ValidTo >= yearStart));
            if (!leads || item.Status == entry.Status || changedSince.Contains(item.Id))
            {
                continue;
            }

            var history = new TaskUpdate
            {
                PlanItemId = item.Id,
                At = now,
                Actor = actor,
                UnitCode = report.Unit.Code,
                Part = AssignmentRole.Lead,
                StatusFrom = item.Status,
                ProgressFrom = item.Progress,
                Comment = $"Theo báo cáo năm {report.Cycle.Year} của {report.Unit.Name} đã được chấp nhận.",
            };
            item.Status = entry.Status;
            if (entry.Status == WorkStatus.Done)
            {
                item.Progress = 100;
            }

            history.StatusTo = item.Status;
            history.ProgressTo = item.Progress;
            item.Version++;
            db.TaskUpdates.Add(history);
        }
    }
}
