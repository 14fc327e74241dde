using Microsoft.Extensions.DependencyInjection.Extensions;
using TheoDoi.Accounts;
using TheoDoi.Notifications;
using TheoDoi.Tests.Water;
using static TheoDoi.Tests.Tasks.TaskTestKit;

namespace TheoDoi.Tests.Notifications;

/// <summary>
/// Every workflow step outside reporting tells the people who act next, in-app and by e-mail, once,
/// in the reader's language: a data steward when an import ends, a unit when the coordinator changes
/// its task.
/// </summary>
public sealed class WorkflowNotificationTests
{
    private sealed class FakeMail : IMailSender
    {
        public List<(string[] To, string Subject, string Body)> Sent { get; } = [];

        public bool IsConfigured => true;

        public Task SendAsync(IReadOnlyCollection<string> to, string subject, string body, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add((to.ToArray(), subject, body));
            }

            return Task.CompletedTask;
        }
    }

    private static Task<TestApp> StartAsync(FakeMail mail) =>
        TestApp.StartAsync(new TestAppOptions(Services: s => s.Replace(ServiceDescriptor.Singleton<IMailSender>(mail))));

    [Fact]
    public async Task A_steward_is_told_when_an_import_succeeds_with_its_counts_and_when_one_is_refused()
    {
        var mail = new FakeMail();
        await using var app = await StartAsync(mail);
        var password = await app.AddUserAsync("steward-notice", Roles.DataSteward, email: "qt@example.vn");
        var steward = await app.SignInAsync("steward-notice", password);

        (await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(WaterImportTests.Header + WaterImportTests.Sample("SG-01", "2026-05-10T09:00:00+07:00"), "quy-2.csv"))).EnsureSuccessStatusCode();
        var refused = await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(WaterImportTests.Header + "SG-01,not-a-time,DO,5,mg/L,\n", "hong.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var session = new BrowserlessSession(app);
        await session.SignInAsync("steward-notice", password);
        var html = await (await session.GetAsync("/notifications")).Content.ReadAsStringAsync();
        Assert.Contains("Đã nhập xong tệp quy-2.csv", html, StringComparison.Ordinal);
        Assert.Contains("mới", html, StringComparison.Ordinal);
        Assert.Contains("Tệp hong.csv bị từ chối", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Import of quy-2.csv finished", html, StringComparison.Ordinal);
        Assert.Equal(2, mail.Sent.Count(m => m.To.Contains("qt@example.vn")));

        await session.GetAsync("/language?c=en&returnUrl=/");
        var englishHtml = await (await session.GetAsync("/notifications")).Content.ReadAsStringAsync();
        Assert.Contains("Import of quy-2.csv finished", englishHtml, StringComparison.Ordinal);
        Assert.Contains("File hong.csv was refused", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_is_told_once_when_the_coordinator_changes_its_task()
    {
        var mail = new FakeMail();
        await using var app = await StartAsync(mail);
        await app.AddUserAsync("cmt-notice", Roles.Reporter, "CMT", email: "cmt@example.vn");
        var id = await IdOfAsync(app, "6.2");
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);

        var response = await PatchAsync(coordinator, id, new { status = "paused", comment = "Chờ ý kiến Bộ Tài chính" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reporter = await app.ClientAsAsync(Roles.Reporter, "CMT");
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(reporter, id, new { progress = 95 })).StatusCode);

        var notices = await app.WithDbAsync(db => db.Notifications.Where(n => n.Key.StartsWith("task-change:")).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal("CMT", notice.UnitCode);
        Assert.Contains("6.2", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("→ Tạm dừng", notice.Body, StringComparison.Ordinal);
        Assert.Contains("→ paused", notice.BodyEn, StringComparison.Ordinal);
        Assert.Single(mail.Sent, m => m.To.Contains("cmt@example.vn"));
    }
}
