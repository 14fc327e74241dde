using System.Globalization;
using TheoDoi.Accounts;
using TheoDoi.Reporting;
using TheoDoi.Tasks;
using static TheoDoi.Tests.Reporting.ReportingKit;

namespace TheoDoi.Tests.Reporting;

/// <summary>
/// A person's own saves never make their report look stale; each workflow step tells the people who
/// must act (in the app and by e-mail, once); accepting a report brings its task statuses into the
/// task records.
/// </summary>
public sealed class ReportSubmitAndNoticeTests
{
    [Fact]
    public async Task A_persons_own_autosave_never_counts_as_someone_else_but_another_persons_save_does()
    {
        await using var kit = await ReportingKit.StartAsync();
        var password = await kit.App.AddUserAsync("cmt-typist", Roles.Reporter, "CMT");
        var typist = await kit.App.SignInAsync("cmt-typist", password);
        var colleague = await kit.ReporterAsync("CMT");
        var opened = (await ReportAsync(typist, "CMT")).Version;

        var first = await SaveAsync(typist, "CMT", new { version = opened, narrative = "Bản thứ nhất" });
        var ownStale = await SaveAsync(typist, "CMT", new { version = opened, narrative = "Bản thứ hai" }); // the page had not seen the answer yet
        var submit = await PostAsync(typist, "CMT", "submit", new { version = opened });

        // A save answers the updated report (200); the submit answers 204.
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NoContent), (first.StatusCode, ownStale.StatusCode, submit.StatusCode));
        var report = await ReportAsync(typist, "CMT");
        Assert.Equal((ReportState.Submitted, "Bản thứ hai"), (report.State, report.Narrative));

        // Someone else's change in between is still a conflict, with a message in one language.
        await PostAsync(kit.Coordinator, "CMT", "return", new { reason = "Bổ sung số liệu" });
        var returned = (await ReportAsync(colleague, "CMT")).Version;
        Assert.Equal(HttpStatusCode.OK, (await SaveAsync(colleague, "CMT", new { version = returned, narrative = "Bản của đồng nghiệp" })).StatusCode);
        var stale = await SaveAsync(typist, "CMT", new { version = returned, narrative = "Ghi đè" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadAsStringAsync();
        Assert.Contains("người khác lưu", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("(Saved by", problem, StringComparison.Ordinal);
        Assert.Equal("Bản của đồng nghiệp", (await ReportAsync(typist, "CMT")).Narrative);
    }

    [Fact]
    public async Task Each_step_notifies_who_must_act_in_the_app_and_by_mail_once()
    {
        var mail = new RecordingMail();
        await using var kit = await ReportingKit.StartAsync(services: mail.Register);
        await kit.App.AddUserAsync("vkhtc-mail", Roles.Coordinator, null, "vkhtc@example.vn");
        await kit.App.AddUserAsync("cmt-mail", Roles.Reporter, "CMT", "cmt@example.vn");
        var reporter = await kit.ReporterAsync("CMT");

        await PostAsync(reporter, "CMT", "submit");
        await PostAsync(kit.Coordinator, "CMT", "return", new { reason = "Đề nghị bổ sung số liệu khu công nghiệp" });
        await PostAsync(reporter, "CMT", "submit");
        await PostAsync(kit.Coordinator, "CMT", "accept");
        await PostAsync(kit.Coordinator, "CMT", "accept"); // refused: nothing new to tell

        var notices = await kit.App.WithDbAsync(db => db.Notifications.OrderBy(n => n.Id).ToListAsync());
        Assert.Equal(
            [("coordinator", "Cục Môi trường đã gửi báo cáo năm 2026"), ("CMT", "Báo cáo năm 2026 bị trả lại"),
             ("coordinator", "Cục Môi trường đã gửi lại báo cáo năm 2026"), ("CMT", "Báo cáo năm 2026 đã được chấp nhận")],
            notices.Select(n => (n.UnitCode ?? n.Role!, n.Subject)).ToList());
        Assert.Equal(notices.Count, notices.Select(n => n.Key).Distinct().Count());
        Assert.Contains("Lý do: Đề nghị bổ sung số liệu khu công nghiệp", notices[1].Body, StringComparison.Ordinal);
        Assert.Equal(4, mail.Sent.Count);
        Assert.Equal(["vkhtc@example.vn"], mail.Sent[0].To);
        Assert.Equal(["cmt@example.vn"], mail.Sent[1].To);
        Assert.Contains("Đề nghị bổ sung số liệu khu công nghiệp", mail.Sent[1].Body, StringComparison.Ordinal);
        Assert.Equal(["cmt@example.vn"], mail.Sent[3].To);
    }

    [Fact]
    public async Task Accepting_a_report_writes_the_lead_units_reported_status_to_the_task_record_with_history()
    {
        await using var kit = await ReportingKit.StartAsync();
        var reporter = await kit.ReporterAsync("CMT");
        var task = (await ReportAsync(reporter, "CMT")).Tasks.Single(t => t.Code == "6.2");
        var before = await kit.App.WithDbAsync(db => db.PlanItems.Where(i => i.Id == task.PlanItemId).Select(i => i.Status).SingleAsync());
        Assert.Equal(before, task.Status); // the report starts from the task record
        var reported = before == WorkStatus.InProgress ? WorkStatus.Done : WorkStatus.InProgress;

        await SaveAsync(reporter, "CMT", new { tasks = new[] { new { planItemId = task.PlanItemId, status = reported, results = "Đã trình Đề án" } } });
        await PostAsync(reporter, "CMT", "submit");
        var whileSubmitted = await kit.App.WithDbAsync(db => db.PlanItems.Where(i => i.Id == task.PlanItemId).Select(i => i.Status).SingleAsync());
        await PostAsync(kit.Coordinator, "CMT", "accept");

        var item = await kit.App.WithDbAsync(db => db.PlanItems.SingleAsync(i => i.Id == task.PlanItemId));
        var history = await kit.App.WithDbAsync(db => db.TaskUpdates.Where(u => u.PlanItemId == task.PlanItemId).OrderBy(u => u.Id).ToListAsync());
        Assert.Equal(before, whileSubmitted); // nothing changes before the coordinator accepts
        Assert.Equal(reported, item.Status);
        var line = history[^1];
        Assert.Equal((before, reported, "CMT"), (line.StatusFrom, line.StatusTo, line.UnitCode));
        Assert.Contains("Theo báo cáo năm 2026", line.Comment, StringComparison.Ordinal);
        Assert.True(await kit.App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "PlanItem" && a.EntityKey == task.PlanItemId.ToString(CultureInfo.InvariantCulture))));
    }
}
