using System.Security.Claims;
using TheoDoi.Notifications;
using TheoDoi.Plans;
using TheoDoi.Units;

namespace TheoDoi.Tasks;

/// <summary>
/// Tells a task's lead unit(s) when a coordinator changed its task (status, progress, stage), in-app
/// and by e-mail, once per change (the key carries the task's new version).
/// </summary>
public sealed class TaskChangeNotices(Notifier notifier)
{
    public async Task RaiseAsync(PlanItem item, TaskUpdate change, ClaimsPrincipal user, IReadOnlyDictionary<int, Unit> units, DateOnly today, CancellationToken cancellationToken)
    {
        var holders = item.Assignments.Where(a => a.Role == AssignmentRole.Lead && a.IsOpenOn(today))
            .Select(a => units[a.UnitId].Code).Distinct().ToList();
        if (holders.Count == 0)
        {
            return;
        }

        var vi = new List<string>();
        var en = new List<string>();
        if (change.StatusFrom != change.StatusTo && change.StatusFrom is { } from && change.StatusTo is { } to)
        {
            vi.Add($"Trạng thái: {TaskLabels.Status(from)} → {TaskLabels.Status(to)}");
            en.Add($"Status: {StatusEn(from)} → {StatusEn(to)}");
        }

        if (change.ProgressFrom != change.ProgressTo)
        {
            vi.Add($"Tiến độ: {change.ProgressFrom}% → {change.ProgressTo}%");
            en.Add($"Progress: {change.ProgressFrom}% → {change.ProgressTo}%");
        }

        if (change.Comment is { } comment)
        {
            vi.Add("Nhận xét: " + comment);
            en.Add("Comment: " + comment);
        }

        if (vi.Count == 0)
        {
            vi.Add("Thông tin nhiệm vụ (minh chứng, trọng số hoặc giai đoạn đề án) đã được cập nhật.");
            en.Add("The task's details (evidence text, weight or project stage) were updated.");
        }

        var who = user.Identity?.Name ?? "?";
        foreach (var unit in holders)
        {
            await notifier.RaiseAsync(new Notifier.Notice(
                $"task-change:{item.Id}:v{item.Version}:{unit}", unit, null,
                $"Vụ Kế hoạch - Tài chính đã cập nhật nhiệm vụ {item.Code}",
                $"{item.Code}. {item.Title}\n{string.Join("\n", vi)}\nNgười cập nhật: {who}.",
                $"/tasks/{item.Id}")
            {
                SubjectEn = $"The coordinator updated task {item.Code}",
                BodyEn = $"{item.Code}. {item.TitleEn ?? item.Title}\n{string.Join("\n", en)}\nUpdated by: {who}.",
            }, cancellationToken);
        }
    }

    private static string StatusEn(WorkStatus status) => status switch
    {
        WorkStatus.NotStarted => "not started",
        WorkStatus.InProgress => "in progress",
        WorkStatus.Done => "done",
        _ => "paused",
    };
}
