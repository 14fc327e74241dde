using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Notifications;

namespace TheoDoi.Tasks;

/// <summary>
/// Reminds the unit holding a dated task 30, 7 and 1 day(s) before its due date and once it is
/// overdue. Each reminder is keyed by task, due date and step, so it is raised once however often
/// the job runs; a job that was down does not send a stale 30-day reminder a week before the date.
/// </summary>
public sealed class TaskReminders(AppDbContext db, Notifier notifier)
{
    public static readonly int[] DaysBefore = [30, 7, 1];

    public async Task<int> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var board = await TaskBoard.LoadAsync(db, today, cancellationToken: cancellationToken);
        var raised = 0;
        foreach (var row in board?.Rows ?? [])
        {
            if (row.Flags.IsDone || row.Flags.Recurring || row.Flags.Due is not { } due)
            {
                continue;
            }

            var step = row.Flags.Overdue ? "overdue" : DueStep(due, today);
            if (step is null)
            {
                continue;
            }

            foreach (var unit in row.LeadUnits)
            {
                var subject = step == "overdue"
                    ? $"Nhiệm vụ {row.Item.Code} đã quá hạn ({due:dd/MM/yyyy})"
                    : $"Nhiệm vụ {row.Item.Code} đến hạn sau {step} ngày ({due:dd/MM/yyyy})";
                var notice = new Notifier.Notice(
                    $"task:{row.Item.Id}:{due:yyyy-MM-dd}:{step}:{unit.Code}", unit.Code, null, subject,
                    $"{row.Item.Code}. {row.Item.Title}\nTiến độ hiện tại: {row.Item.Progress}%.", $"/tasks/{row.Item.Id}");
                if (await notifier.RaiseAsync(notice, cancellationToken))
                {
                    raised++;
                }
            }
        }

        return raised;
    }

    /// <summary>The nearest reminder step already reached before the due date (30, 7 or 1), if any.</summary>
    public static string? DueStep(DateOnly due, DateOnly today)
    {
        var left = due.DayNumber - today.DayNumber;
        return left < 0 ? null : DaysBefore.Where(d => left <= d).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).LastOrDefault();
    }
}
