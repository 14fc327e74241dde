using System.Text.RegularExpressions;
using TheoDoi.Accounts;
using TheoDoi.Tests.Reporting;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.Web;

/// <summary>
/// The home page says what waits for each role, and it counts tasks the way /tasks and its list do.
/// </summary>
public sealed partial class HomeWaitingTests
{
    private static async Task<string> HomeAsync(TestApp app, string role, string? unit = null)
    {
        var username = role + "-home-" + Guid.NewGuid().ToString("N")[..6];
        var password = await app.AddUserAsync(username, role, unit);
        using var session = new BrowserlessSession(app);
        await session.SignInAsync(username, password);
        return await (await session.GetAsync("/")).Content.ReadAsStringAsync();
    }

    private static string? Waiting(string html, string key) =>
        Regex.Match(html, $"<li data-key=\"{Regex.Escape(key)}\"><a href=\"[^\"]*\"><b>([^<]+)</b>") is { Success: true } m ? m.Groups[1].Value : null;

    private static string? Expected(int count) => count == 0 ? null : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Task<global::TheoDoi.Tasks.TaskBoard> BoardAsync(TestApp app) =>
        app.WithDbAsync(async db => (await global::TheoDoi.Tasks.TaskBoard.LoadAsync(db, global::TheoDoi.Core.Time.VietnamTime.Today(app.Services.GetRequiredService<TimeProvider>())))!);

    [Fact]
    public async Task The_home_page_the_tasks_header_and_its_list_count_the_same_tasks_and_say_how()
    {
        await using var kit = await ReportingKit.StartAsync();
        var home = await HomeAsync(kit.App, Roles.Leader);
        var username = "leader-count";
        var password = await kit.App.AddUserAsync(username, Roles.Leader);
        using var session = new BrowserlessSession(kit.App);
        await session.SignInAsync(username, password);
        var tasks = await (await session.GetAsync("/tasks")).Content.ReadAsStringAsync();

        var onHome = HomeCount().Match(home).Groups[1].Value;
        var header = HeaderCount().Match(tasks).Groups[1].Value;
        var list = ListCount().Match(tasks).Groups[1].Value;
        var leaves = await kit.App.WithDbAsync(db => db.PlanItems.CountAsync(i =>
            (i.Kind == global::TheoDoi.Plans.PlanItemKind.Task || i.Kind == global::TheoDoi.Plans.PlanItemKind.SubTask || i.Kind == global::TheoDoi.Plans.PlanItemKind.Project)
            && !db.PlanItems.Any(c => c.ParentId == i.Id)));

        Assert.Equal((leaves.ToString(System.Globalization.CultureInfo.InvariantCulture), onHome), (onHome, header));
        Assert.Equal(header, list);
        Assert.Contains("Cách đếm: mỗi nhiệm vụ không chia nhỏ", tasks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reporter_sees_its_units_overdue_tasks_and_its_report_to_fill()
    {
        await using var kit = await ReportingKit.StartAsync();
        var board = await BoardAsync(kit.App);
        var overdue = board.Rows.Count(r => r.IsLeaf && r.Flags.Overdue && r.LeadUnits.Any(u => u.Code == "CMT"));

        var html = await HomeAsync(kit.App, Roles.Reporter, "CMT");

        Assert.Contains("Việc đang chờ bạn", html, StringComparison.Ordinal);
        Assert.Contains("báo cáo năm 2026 chưa gửi", html, StringComparison.Ordinal);
        Assert.Equal(Expected(overdue), Waiting(html, "unit-overdue"));
    }

    [Fact]
    public async Task A_returned_report_waits_for_its_unit_and_a_submitted_one_for_the_coordinator()
    {
        await using var kit = await ReportingKit.StartAsync();
        var reporter = await kit.ReporterAsync("CMT");
        Assert.Equal(HttpStatusCode.NoContent, (await ReportingKit.PostAsync(reporter, "CMT", "submit")).StatusCode);

        var coordinatorHome = await HomeAsync(kit.App, Roles.Coordinator);
        Assert.Equal("1", Waiting(coordinatorHome, "review-2026"));
        Assert.Contains("báo cáo năm 2026 đã gửi, chờ xem xét", coordinatorHome, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await ReportingKit.PostAsync(kit.Coordinator, "CMT", "return", new { reason = "Thiếu số liệu chỉ tiêu 1" })).StatusCode);
        var reporterHome = await HomeAsync(kit.App, Roles.Reporter, "CMT");
        Assert.Contains("báo cáo năm 2026 bị trả lại", reporterHome, StringComparison.Ordinal);
        Assert.Null(Waiting(await HomeAsync(kit.App, Roles.Coordinator), "review-2026"));
    }

    [Fact]
    public async Task A_steward_sees_imports_to_validate_a_leader_the_overdue_summary_and_an_admin_locked_accounts()
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        (await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(WaterImportTests.Header + WaterImportTests.Sample("SG-02", "2026-06-10T09:00:00+07:00")))).EnsureSuccessStatusCode();
        Assert.Equal("1", Waiting(await HomeAsync(app, Roles.DataSteward), "imports-to-validate"));

        var board = await BoardAsync(app);
        var leaderHome = await HomeAsync(app, Roles.Leader);
        Assert.Equal(Expected(board.Rows.Count(r => r.IsLeaf && r.Flags.Overdue)), Waiting(leaderHome, "overdue"));
        Assert.Equal(Expected(board.Rows.Count(r => r.IsLeaf && r.Flags.BehindPace)), Waiting(leaderHome, "behind-pace"));

        // Wrong passwords never lock an account (they are throttled); an admin disables one.
        await app.AddUserAsync("locked-one", Roles.Leader);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = await users.FindByNameAsync("locked-one");
            await users.SetLockoutEnabledAsync(user!, true);
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.MaxValue);
        }

        Assert.Equal("1", Waiting(await HomeAsync(app, Roles.Admin), "locked-accounts"));
    }

    [GeneratedRegex("data-testid=\"home-task-count\">(\\d+)<")]
    private static partial Regex HomeCount();

    [GeneratedRegex("data-testid=\"task-count\">(\\d+)<")]
    private static partial Regex HeaderCount();

    [GeneratedRegex("data-testid=\"list-count\">(\\d+)<")]
    private static partial Regex ListCount();
}
