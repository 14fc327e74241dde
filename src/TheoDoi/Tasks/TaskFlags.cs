using System.Globalization;
using TheoDoi.Plans;

namespace TheoDoi.Tasks;

/// <summary>
/// Flags derived from a task's dates and progress — never typed in — with the inputs behind them,
/// so a page can say why a task is overdue or behind pace.
/// </summary>
public sealed record TaskFlags(
    DateOnly? Due, bool Recurring, bool IsDone, bool Overdue, int DaysOverdue,
    decimal? ExpectedProgress, bool BehindPace, decimal Threshold)
{
    /// <summary>Points by which actual progress may trail the straight line before "behind pace".</summary>
    public const decimal DefaultThreshold = 10;

    public static TaskFlags For(PlanItem item, DateOnly today, decimal threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(item);
        var done = item.Status == WorkStatus.Done || item.ProjectStage == ProjectStage.Approved;
        if (item.Recurrence is "annual-before-10-12")
        {
            // A yearly duty is never "overdue" as a task: each year's report has its own cycle.
            var thisYear = new DateOnly(today.Year, 12, 10);
            return new TaskFlags(thisYear >= today ? thisYear : thisYear.AddYears(1), true, done, false, 0, null, false, threshold);
        }

        var due = item.DueDate;
        var overdue = !done && due is { } d && today > d;
        var expected = Expected(item.StartDate, due, today);
        var behind = !done && expected is { } e && e - item.Progress > threshold;
        return new TaskFlags(due, false, done, overdue, overdue ? today.DayNumber - due!.Value.DayNumber : 0, expected, behind, threshold);
    }

    /// <summary>Expected percent on the straight line from start to due date; null for undated tasks.</summary>
    public static decimal? Expected(DateOnly? start, DateOnly? due, DateOnly today)
    {
        if (start is not { } from || due is not { } to)
        {
            return null;
        }

        if (today < from)
        {
            return 0;
        }

        if (today >= to)
        {
            return 100;
        }

        return Math.Round(100m * (today.DayNumber - from.DayNumber) / (to.DayNumber - from.DayNumber), 1);
    }

    /// <summary>Why the flags are what they are, in Vietnamese (the pages' language).</summary>
    public string Explain(PlanItem item, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var parts = new List<string>();
        if (Recurring)
        {
            parts.Add($"Nhiệm vụ định kỳ: hạn lần tới {Due:dd/MM/yyyy}.");
        }
        else if (Due is { } due)
        {
            parts.Add(Overdue
                ? $"Hạn {due:dd/MM/yyyy}, hôm nay {today:dd/MM/yyyy}, chưa hoàn thành: quá hạn {DaysOverdue.ToString("N0", vi)} ngày."
                : $"Hạn {due:dd/MM/yyyy}{(IsDone ? ", đã hoàn thành" : $", còn {(due.DayNumber - today.DayNumber).ToString("N0", vi)} ngày")}.");
        }
        else
        {
            parts.Add("Không có thời hạn.");
        }

        if (ExpectedProgress is { } expected)
        {
            var gap = expected - item.Progress;
            parts.Add($"Tiến độ kỳ vọng {expected.ToString("0.#", vi)}% (đường thẳng từ {item.StartDate:dd/MM/yyyy} đến {item.DueDate:dd/MM/yyyy}), thực tế {item.Progress}%"
                + (BehindPace ? $": chậm {gap.ToString("0.#", vi)} điểm, vượt ngưỡng {Threshold.ToString("0.#", vi)}." : "."));
        }

        return string.Join(" ", parts);
    }

    /// <summary>Weighted progress of a set of leaf tasks (weights default 1), with counts.</summary>
    public sealed record Rollup(decimal? Progress, decimal TotalWeight, int Count, int Done, int Overdue, int BehindPace);

    public static Rollup Roll(IEnumerable<TaskRow> leaves)
    {
        var list = leaves.ToList();
        var weight = list.Sum(r => r.Item.Weight);
        decimal? progress = weight > 0 ? Math.Round(list.Sum(r => r.Item.Weight * r.Item.Progress) / weight, 1) : null;
        return new Rollup(progress, weight, list.Count, list.Count(r => r.Flags.IsDone), list.Count(r => r.Flags.Overdue), list.Count(r => r.Flags.BehindPace));
    }
}
