using TheoDoi.Reporting;
using static TheoDoi.Tests.Reporting.ReportingKit;

namespace TheoDoi.Tests.Reporting;

/// <summary>Units not yet submitted are reminded 7, 3 and 1 day(s) before 10/12 and once after; each once.</summary>
public sealed class ReportReminderTests
{
    private static Task<int> RunAsync(ReportingKit kit, int month, int day) =>
        kit.App.WithAsync<ReportReminders, int>(r => r.RunAsync(new DateTimeOffset(2026, month, day, 9, 0, 0, TimeSpan.FromHours(7))));

    [Fact]
    public async Task Each_reminder_goes_once_to_each_unit_that_has_not_submitted()
    {
        await using var kit = await ReportingKit.StartAsync();
        await PostAsync(await kit.ReporterAsync("VKHTC"), "VKHTC", "submit");

        var early = await RunAsync(kit, 11, 20);  // more than 7 days before: nothing
        var week = await RunAsync(kit, 12, 3);
        var weekAgain = await RunAsync(kit, 12, 3);
        var three = await RunAsync(kit, 12, 7);
        var one = await RunAsync(kit, 12, 9);
        var overdue = await RunAsync(kit, 12, 11);
        var overdueAgain = await RunAsync(kit, 12, 20);
        var keys = await kit.App.WithDbAsync(db => db.Notifications.Select(n => n.Key).ToListAsync());

        Assert.Equal((0, 0, 0), (early, weekAgain, overdueAgain));
        Assert.True(week > 0 && week == three && three == one && one == overdue);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Contains("report:2026:2026-12-10/before-7:CMT", keys);
        Assert.Contains("report:2026:2026-12-10/overdue-1:CMT", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith(":VKHTC", StringComparison.Ordinal)); // it had submitted
    }
}
