using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Reporting;
using TheoDoi.Data;
using TheoDoi.Notifications;

namespace TheoDoi.Reporting;

/// <summary>
/// Reminds each unit that has not submitted its report 7, 3 and 1 day(s) before the cycle's deadline,
/// and once after it (<see cref="ReminderSchedule.ReportDefault"/>); each reminder is raised once.
/// </summary>
public sealed class ReportReminders(AppDbContext db, Notifier notifier)
{
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var cycles = await db.ReportingCycles.AsNoTracking()
            .Where(c => c.State == CycleState.Open)
            .Include(c => c.Reports).ThenInclude(r => r.Unit)
            .ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var cycle in cycles)
        {
            if (ReminderSchedule.ReportDefault.DueAt(cycle.Deadline, now) is not { } reminder)
            {
                continue;
            }

            foreach (var report in cycle.Reports.Where(r => r.SubmittedAt is null))
            {
                var subject = reminder.Kind == ReminderKind.Overdue
                    ? $"Quá hạn nộp báo cáo năm {cycle.Year} (hạn {cycle.Deadline:dd/MM/yyyy})"
                    : $"Còn {reminder.Days} ngày đến hạn nộp báo cáo năm {cycle.Year} ({cycle.Deadline:dd/MM/yyyy})";
                var notice = new Notifier.Notice(
                    $"report:{cycle.Year}:{reminder.Key}:{report.Unit.Code}", report.Unit.Code, null, subject,
                    $"Báo cáo kết quả thực hiện Kế hoạch {cycle.Year} của {report.Unit.Name} chưa được gửi Vụ Kế hoạch - Tài chính.",
                    $"/reporting/{cycle.Year}/{report.Unit.Code}");
                if (await notifier.RaiseAsync(notice, cancellationToken))
                {
                    raised++;
                }
            }
        }

        return raised;
    }
}
