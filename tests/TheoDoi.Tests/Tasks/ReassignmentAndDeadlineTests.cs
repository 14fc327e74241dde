using TheoDoi.Accounts;
using TheoDoi.Tasks;
using static TheoDoi.Tests.Tasks.TaskTestKit;

namespace TheoDoi.Tests.Tasks;

/// <summary>Tasks follow the 2025 reorganisation, and deadlines are Việt Nam calendar days.</summary>
public sealed class ReassignmentAndDeadlineTests
{
    [Fact]
    public async Task An_open_task_passes_to_the_successor_on_the_merger_date_and_keeps_its_history()
    {
        var clock = ClockAt(2025, 2, 28);
        await using var app = await TestApp.StartAsync(new TestAppOptions(Clock: clock));
        var id = await IdOfAsync(app, "6.2");
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        Assert.Equal("CKSONMT", (await DetailAsync(coordinator, id)).Task.LeadUnit!.Code);

        clock.SetUtcNow(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        await app.WithDbAsync(db => AssignmentSync.RunAsync(db, new DateOnly(2025, 3, 1)));
        await app.WithDbAsync(db => AssignmentSync.RunAsync(db, new DateOnly(2025, 3, 1))); // idempotent
        var detail = await DetailAsync(await app.ClientAsAsync(Roles.Coordinator), id); // the first token expired overnight

        Assert.Equal("CMT", detail.Task.LeadUnit!.Code);
        var history = detail.Assignments.Where(a => a.Role == AssignmentRole.Lead).ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(("CKSONMT", new DateOnly(2025, 2, 28)), (history[0].Unit.Code, history[0].ValidTo!.Value));
        Assert.Equal(("CMT", new DateOnly(2025, 3, 1), (DateOnly?)null), (history[1].Unit.Code, history[1].ValidFrom, history[1].ValidTo));
    }

    [Fact]
    public async Task The_old_units_reporter_loses_the_task_and_the_successors_gains_it()
    {
        var clock = ClockAt(2025, 2, 28);
        await using var app = await TestApp.StartAsync(new TestAppOptions(Clock: clock));
        var id = await IdOfAsync(app, "6.2");
        var password = await app.AddUserAsync("old-pollution-dept", Roles.Reporter, "CKSONMT");
        var before = await PatchAsync(await app.SignInAsync("old-pollution-dept", password), id, new { progress = 10 });

        clock.SetUtcNow(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.FromHours(7)));
        await app.WithDbAsync(db => AssignmentSync.RunAsync(db, new DateOnly(2025, 3, 1)));
        var oldUnit = await PatchAsync(await app.SignInAsync("old-pollution-dept", password), id, new { progress = 20 });
        var newUnit = await PatchAsync(await app.ClientAsAsync(Roles.Reporter, "CMT"), id, new { progress = 30 });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, oldUnit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newUnit.StatusCode);
    }

    [Fact]
    public async Task A_done_task_stays_with_the_unit_that_finished_it()
    {
        var clock = ClockAt(2025, 2, 20);
        await using var app = await TestApp.StartAsync(new TestAppOptions(Clock: clock));
        var id = await IdOfAsync(app, "6.2");
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        await PatchAsync(coordinator, id, new { status = "done" });

        await app.WithDbAsync(db => AssignmentSync.RunAsync(db, new DateOnly(2025, 6, 1)));

        var lead = (await DetailAsync(coordinator, id)).Assignments.Where(a => a.Role == AssignmentRole.Lead).ToList();
        Assert.Equal("CKSONMT", Assert.Single(lead).Unit.Code);
    }

    [Theory]
    [InlineData(2023, 12, 31, 23, 59, 59, false, 0)] // last second of the due day in Hà Nội
    [InlineData(2024, 1, 1, 0, 0, 0, true, 1)] // first second after it
    [InlineData(2024, 1, 31, 12, 0, 0, true, 31)]
    public async Task Overdue_starts_the_day_after_the_due_date_in_Vietnam(int y, int m, int d, int h, int min, int s, bool overdue, int days)
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(Clock: ClockAt(y, m, d, h, min, s)));
        var client = await app.ClientAsAsync(Roles.Leader);

        var project = (await client.GetFromJsonAsync<List<TaskEndpoints.ProjectDto>>("/api/v1/projects", Json.Options))!.Single(p => p.Code == "6.2");

        Assert.Equal(new DateOnly(2023, 12, 31), project.DueDate);
        Assert.Equal((overdue, days), (project.Overdue, project.DaysOverdue));
    }
}
