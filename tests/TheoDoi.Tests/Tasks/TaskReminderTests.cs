using Microsoft.Extensions.DependencyInjection.Extensions;
using TheoDoi.Accounts;
using TheoDoi.Notifications;
using TheoDoi.Tasks;
using static TheoDoi.Tests.Tasks.TaskTestKit;

namespace TheoDoi.Tests.Tasks;

/// <summary>Reminders 30, 7 and 1 day(s) before a due date and on becoming overdue, each sent once.</summary>
public sealed class TaskReminderTests
{
    private sealed class FakeMail : IMailSender
    {
        public List<(string[] To, string Subject)> Sent { get; } = [];

        public bool IsConfigured => true;

        public Task SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add((to.ToArray(), subject));
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Runs the reminders at 09:00 Việt Nam time on the day (reminders start at 08:00).</summary>
    private static Task<int> RunAsync(TestApp app, DateOnly today) =>
        app.WithAsync<TaskReminders, int>(reminders => reminders.RunAsync(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7))));

    private static Task<List<string>> KeysAsync(TestApp app) =>
        app.WithDbAsync(db => db.Notifications.OrderBy(n => n.Id).Select(n => n.Key).ToListAsync());

    [Fact]
    public async Task Each_reminder_step_is_raised_once_for_the_unit_holding_the_task()
    {
        var mail = new FakeMail();
        var clock = ClockAt(2030, 12, 1);
        await using var app = await TestApp.StartAsync(new TestAppOptions(Clock: clock, Services: s => s.Replace(ServiceDescriptor.Singleton<IMailSender>(mail))));
        await app.AddUserAsync("cmt-mail", Roles.Reporter, "CMT", "cmt@example.vn");
        var task54 = await IdOfAsync(app, "5.4");
        var project62 = await IdOfAsync(app, "6.2");

        var first = await RunAsync(app, new DateOnly(2030, 12, 1));   // 30 days before 31/12/2030
        var again = await RunAsync(app, new DateOnly(2030, 12, 1));   // same day, nothing new
        var week = await RunAsync(app, new DateOnly(2030, 12, 24));   // 7 days before
        var day = await RunAsync(app, new DateOnly(2030, 12, 30));    // 1 day before
        var late = await RunAsync(app, new DateOnly(2031, 1, 1));     // overdue
        var lateAgain = await RunAsync(app, new DateOnly(2031, 1, 15));
        var keys = await KeysAsync(app);

        Assert.Equal(0, again);
        Assert.Equal(0, lateAgain);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(first + week + day + late, keys.Count);
        foreach (var step in new[] { "before-30", "before-7", "before-1", "overdue-1" })
        {
            Assert.Contains($"task:{task54}:2030-12-31/{step}:VKHTC", keys);
        }

        // The 2023 project is already overdue: one overdue notice for its holder, Cục Môi trường.
        Assert.Single(keys, k => k.StartsWith($"task:{project62}:", StringComparison.Ordinal));
        Assert.Contains($"task:{project62}:2023-12-31/overdue-1:CMT", keys);
        var mailed = Assert.Single(mail.Sent, m => m.To.Contains("cmt@example.vn"));
        Assert.Contains("6.2", mailed.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_was_down_sends_only_the_nearest_step_not_every_missed_one()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(Clock: ClockAt(2030, 12, 28)));
        var task54 = await IdOfAsync(app, "5.4");

        await RunAsync(app, new DateOnly(2030, 12, 28)); // 3 days before: the 7-day step, not the 30-day one

        var keys = await KeysAsync(app);
        Assert.Contains($"task:{task54}:2030-12-31/before-7:VKHTC", keys);
        Assert.DoesNotContain($"task:{task54}:2030-12-31/before-30:VKHTC", keys);
    }

    [Fact]
    public async Task The_unit_sees_its_reminders_on_the_notifications_page()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(Clock: ClockAt(2026, 1, 5)));
        await RunAsync(app, new DateOnly(2026, 1, 5));
        var password = await app.AddUserAsync("cmt-page", Roles.Reporter, "CMT");
        using var session = new BrowserlessSession(app);
        await session.SignInAsync("cmt-page", password);

        var html = await (await session.GetAsync("/notifications")).Content.ReadAsStringAsync();

        Assert.Contains("Nhiệm vụ 6.2 đã quá hạn", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nhiệm vụ 6.1", html, StringComparison.Ordinal); // another unit's task
    }
}
