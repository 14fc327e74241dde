using TheoDoi.Plans;
using TheoDoi.Tasks;

namespace TheoDoi.Tests.Tasks;

/// <summary>Why a task is flagged is told in the reader's language: an English page never shows the Vietnamese reason.</summary>
public sealed class TaskFlagsExplanationTests
{
    private static readonly DateOnly s_today = new(2026, 12, 2);

    [Fact]
    public void An_overdue_task_is_explained_in_Vietnamese_and_in_English()
    {
        var item = new PlanItem { Code = "5.4", Title = "Nhiệm vụ", StartDate = new(2023, 6, 14), DueDate = new(2023, 12, 31), Progress = 20 };

        var why = TaskFlags.For(item, s_today).Explain(item, s_today);

        Assert.StartsWith("Hạn 31/12/2023, hôm nay 02/12/2026, chưa hoàn thành: quá hạn 1.067 ngày.", why.Vi, StringComparison.Ordinal);
        Assert.StartsWith("Due 31/12/2023, today 02/12/2026, not done: 1,067 day(s) overdue.", why.En, StringComparison.Ordinal);
        Assert.Contains("Expected progress 100% (straight line from 14/06/2023 to 31/12/2023), actual 20%: 80 points behind", why.En, StringComparison.Ordinal);
        Assert.DoesNotContain("quá hạn", why.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_on_time_and_a_recurring_duty_are_explained_in_English_too()
    {
        var open = new PlanItem { Code = "1.1", Title = "Nhiệm vụ", DueDate = new(2030, 12, 31), Progress = 0 };
        var yearly = new PlanItem { Code = "7", Title = "Báo cáo", Recurrence = "annual-before-10-12" };

        Assert.Equal("Due 31/12/2030, 1,490 day(s) left.", TaskFlags.For(open, s_today).Explain(open, s_today).En);
        Assert.Equal("Recurring task: next due 10/12/2026.", TaskFlags.For(yearly, s_today).Explain(yearly, s_today).En);
        Assert.Equal("Nhiệm vụ định kỳ: hạn lần tới 10/12/2026.", TaskFlags.For(yearly, s_today).Explain(yearly, s_today).Vi);
    }
}
