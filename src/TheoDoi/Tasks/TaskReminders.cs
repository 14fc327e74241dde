using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Reporting;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Notifications;

namespace TheoDoi.Tasks;

/// <summary>
/// Reminds the unit holding a dated task 30, 7 and 1 day(s) before its due date and once it is
/// overdue (<see cref="ReminderSchedule.TaskDefault"/>). Each reminder is keyed by task, due date,
/// step and unit, so it is raised once however often the job runs; a job that was down sends only
/// the reminder in force, not every one it missed.
/// </summary>
public sealed class TaskReminders(AppDbContext db, Notifier notifier)
{
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.DateOf(now);
        var board = await TaskBoard.LoadAsync(db, today, cancellationToken: cancellationToken);
        var raised = 0;
        foreach (var row in board?.Rows ?? [])
        {
            if (row.Flags.IsDone || row.Flags.Recurring || row.Flags.Due is not { } due)
            {
                continue;
            }

            if (ReminderSchedule.TaskDefault.DueAt(due, now) is not { } reminder)
            {
                continue;
            }

            foreach (var unit in row.LeadUnits)
            {
                var subject = reminder.Kind == ReminderKind.Overdue
                    ? $"Nhiệm vụ {row.Item.Code} đã quá hạn ({due:dd/MM/yyyy})"
                    : $"Nhiệm vụ {row.Item.Code} đến hạn sau {reminder.Days} ngày ({due:dd/MM/yyyy})";
                var subjectEn = reminder.Kind == ReminderKind.Overdue
                    ? $"Task {row.Item.Code} is overdue ({due:dd/MM/yyyy})"
                    : $"Task {row.Item.Code} is due in {reminder.Days} day(s) ({due:dd/MM/yyyy})";
                var notice = new Notifier.Notice(
                    $"task:{row.Item.Id}:{reminder.Key}:{unit.Code}", unit.Code, null, subject,
                    $"{row.Item.Code}. {row.Item.Title}\nTiến độ hiện tại: {row.Item.Progress}%.", $"/tasks/{row.Item.Id}")
                {
                    SubjectEn = subjectEn,
                    BodyEn = $"{row.Item.Code}. {row.Item.TitleEn ?? row.Item.Title}\nProgress now: {row.Item.Progress}%.",
                };
                if (await notifier.RaiseAsync(notice, cancellationToken))
                {
                    raised++;
                }
            }
        }

        return raised;
    }
}
