using System.Globalization;
using TheoDoi.Core.Tasks;
using TheoDoi.Core.Texts;
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
        var done = item.Status == WorkStatus.Done || item.ProjectStage == ProjectStage.Approved;
        if (item.Recurrence is "annual-before-10-12")
        {
            // A yearly duty is never "overdue" as a task: each year's report has its own cycle.
            var thisYear = new DateOnly(today.Year, 12, 10);
            return new TaskFlags(thisYear >= today ? thisYear : thisYear.AddYears(1), true, done, false, 0, null, false, threshold);
        }

        // The arithmetic is the domain library's (TheoDoi.Core.Tasks), tested table by table there.
        var overdue = TaskProgress.Overdue(item.DueDate, done, today);
        var pace = TaskProgress.CheckPace(item.StartDate, item.DueDate, item.Progress, done, today, (double)threshold);
        decimal? expected = pace.Expected.Expected is { } e ? Math.Round((decimal)e, 1) : null;
        return new TaskFlags(item.DueDate, false, done, overdue.IsOverdue, overdue.DaysOverdue, expected, pace.IsBehindPace, threshold);
    }

    /// <summary>Why the flags are what they are, in Vietnamese and English (each page shows its own).</summary>
    public Bilingual Explain(PlanItem item, DateOnly today)
    {
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var en = CultureInfo.GetCultureInfo("en-GB");
        var partsVi = new List<string>();
        var partsEn = new List<string>();
        if (Recurring)
        {
            partsVi.Add($"Nhiệm vụ định kỳ: hạn lần tới {Due:dd/MM/yyyy}.");
            partsEn.Add($"Recurring task: next due {Due:dd/MM/yyyy}.");
        }
        else if (Due is { } due)
        {
            var left = due.DayNumber - today.DayNumber;
            partsVi.Add(Overdue
                ? $"Hạn {due:dd/MM/yyyy}, hôm nay {today:dd/MM/yyyy}, chưa hoàn thành: quá hạn {DaysOverdue.ToString("N0", vi)} ngày."
                : $"Hạn {due:dd/MM/yyyy}{(IsDone ? ", đã hoàn thành" : $", còn {left.ToString("N0", vi)} ngày")}.");
            partsEn.Add(Overdue
                ? $"Due {due:dd/MM/yyyy}, today {today:dd/MM/yyyy}, not done: {DaysOverdue.ToString("N0", en)} day(s) overdue."
                : $"Due {due:dd/MM/yyyy}{(IsDone ? ", done" : $", {left.ToString("N0", en)} day(s) left")}.");
        }
        else
        {
            partsVi.Add("Không có thời hạn.");
            partsEn.Add("No due date.");
        }

        if (ExpectedProgress is { } expected)
        {
            var gap = expected - item.Progress;
            partsVi.Add($"Tiến độ kỳ vọng {expected.ToString("0.#", vi)}% (đường thẳng từ {item.StartDate:dd/MM/yyyy} đến {item.DueDate:dd/MM/yyyy}), thực tế {item.Progress}%"
                + (BehindPace ? $": chậm {gap.ToString("0.#", vi)} điểm, vượt ngưỡng {Threshold.ToString("0.#", vi)}." : "."));
            partsEn.Add($"Expected progress {expected.ToString("0.#", en)}% (straight line from {item.StartDate:dd/MM/yyyy} to {item.DueDate:dd/MM/yyyy}), actual {item.Progress}%"
                + (BehindPace ? $": {gap.ToString("0.#", en)} points behind, more than the threshold of {Threshold.ToString("0.#", en)}." : "."));
        }

        return new Bilingual(string.Join(" ", partsVi), string.Join(" ", partsEn));
    }

    /// <summary>Weighted progress of a set of leaf tasks (weights default 1), with counts.</summary>
    public sealed record Rollup(decimal? Progress, decimal TotalWeight, int Count, int Done, int Overdue, int BehindPace);

    public static Rollup Roll(IEnumerable<TaskRow> leaves)
    {
        var list = leaves.ToList();
        var mean = ProgressRollup.WeightedMean(list.Select(r => new RollupTerm(r.Item.Code, r.Item.Progress, (double)r.Item.Weight)));
        decimal? progress = mean.Progress is { } p ? Math.Round((decimal)p, 1) : null;
        return new Rollup(progress, (decimal)mean.TotalWeight, list.Count, list.Count(r => r.Flags.IsDone), list.Count(r => r.Flags.Overdue), list.Count(r => r.Flags.BehindPace));
    }
}
