using TheoDoi.Accounts;
using TheoDoi.Tasks;
using static TheoDoi.Tests.Tasks.TaskTestKit;

namespace TheoDoi.Tests.Tasks;

/// <summary>Who may update which task, what is valid, and that edits never silently overwrite.</summary>
public sealed class TaskUpdateTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task The_lead_unit_updates_its_task_and_the_history_records_it()
    {
        // Project 6.2 passed from Cục Kiểm soát ô nhiễm môi trường to Cục Môi trường (CMT) on 01/03/2025.
        var id = await IdOfAsync(App, "6.2");
        var reporter = await App.ClientAsAsync(Roles.Reporter, "CMT");

        var response = await PatchAsync(reporter, id, new { status = WorkStatus.InProgress, progress = 85, comment = "Đã hoàn thiện hồ sơ trình" });
        var detail = await DetailAsync(reporter, id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(85, detail.Task.Progress);
        Assert.True(detail.CanEditTask);
        var update = detail.History.First();
        Assert.Equal(("CMT", 85, "Đã hoàn thiện hồ sơ trình"), (update.UnitCode, update.ProgressTo!.Value, update.Comment!));
    }

    [Fact]
    public async Task A_reporter_cannot_change_another_units_task()
    {
        var heritage = await IdOfAsync(App, "6.1"); // led by Cục Bảo tồn thiên nhiên và Đa dạng sinh học
        var reporter = await App.ClientAsAsync(Roles.Reporter, "79");

        var response = await PatchAsync(reporter, heritage, new { progress = 99 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual(99, (await DetailAsync(reporter, heritage)).Task.Progress);
    }

    [Theory]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.DataSteward)]
    public async Task Readers_cannot_change_tasks(string role)
    {
        var id = await IdOfAsync(App, "5.4");
        var client = await App.ClientAsAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await PatchAsync(client, id, new { progress = 10 })).StatusCode);
    }

    [Fact]
    public async Task A_coordinating_unit_updates_only_its_own_part()
    {
        // 5.4: Vụ Kế hoạch - Tài chính leads; Văn phòng Bộ (VPB) coordinates.
        var id = await IdOfAsync(App, "5.4");
        var office = await App.ClientAsAsync(Roles.Reporter, "VPB");
        var before = await DetailAsync(office, id);

        var part = await PatchAsync(office, id, new { progress = 40, comment = "Văn phòng Bộ đã tổng hợp ý kiến" });
        var status = await PatchAsync(office, id, new { status = WorkStatus.Done });
        var after = await DetailAsync(office, id);

        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
        Assert.Equal(before.Task.Progress, after.Task.Progress);
        var own = after.Assignments.Single(a => a.Unit.Code == "VPB" && a.ValidTo is null);
        Assert.Equal((40, "Văn phòng Bộ đã tổng hợp ý kiến"), (own.PartProgress!.Value, own.PartNote!));
    }

    public static TheoryData<object, string> InvalidUpdates => new()
    {
        { new { progress = 150 }, "0 đến 100" },
        { new { progress = -1 }, "0 đến 100" },
        { new { status = "done", progress = 50 }, "100%" },
        { new { status = "paused" }, "lý do" },
        { new { projectStage = "approved" }, "số và ngày quyết định" },
        { new { projectStage = "returned" }, "lý do" },
    };

    [Theory]
    [MemberData(nameof(InvalidUpdates))]
    public async Task Invalid_updates_are_refused_with_the_reason_and_change_nothing(object body, string reason)
    {
        var id = await IdOfAsync(App, "6.2");
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var before = await DetailAsync(coordinator, id);

        var response = await PatchAsync(coordinator, id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.Task.Version, (await DetailAsync(coordinator, id)).Task.Version);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_not_a_silent_overwrite()
    {
        var id = await IdOfAsync(App, "2.1");
        var first = await App.ClientAsAsync(Roles.Coordinator);
        var second = await App.ClientAsAsync(Roles.Coordinator);
        var opened = (await DetailAsync(first, id)).Task.Version;

        var saved = await PatchAsync(first, id, new { progress = 20, version = opened });
        var stale = await PatchAsync(second, id, new { progress = 30, version = opened });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(20, (await DetailAsync(first, id)).Task.Progress);
    }

    [Fact]
    public async Task Approving_a_project_needs_the_decision_and_ends_its_overdue_state()
    {
        var id = await IdOfAsync(App, "6.1");
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        Assert.True((await DetailAsync(coordinator, id)).Task.Overdue);

        var response = await PatchAsync(coordinator, id, new { projectStage = "approved", decisionNumber = "123/QĐ-TTg", decisionDate = "2024-03-15" });
        var projects = await coordinator.GetFromJsonAsync<List<TaskEndpoints.ProjectDto>>("/api/v1/projects", Json.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var approved = projects!.Single(p => p.Code == "6.1");
        Assert.Equal((ProjectStage.Approved, false, "123/QĐ-TTg"), (approved.Stage, approved.Overdue, approved.DecisionNumber));
        Assert.True(projects!.Single(p => p.Code == "6.2").Overdue);
    }

    [Fact]
    public async Task Task_list_filters_by_unit_overdue_and_status()
    {
        var client = await App.ClientAsAsync(Roles.Leader);

        var cmt = await client.GetFromJsonAsync<List<TaskDtos.TaskDto>>("/api/v1/tasks?unit=CMT", Json.Options);
        var overdue = await client.GetFromJsonAsync<List<TaskDtos.TaskDto>>("/api/v1/tasks?overdue=true", Json.Options);
        var all = await client.GetFromJsonAsync<List<TaskDtos.TaskDto>>("/api/v1/tasks", Json.Options);

        Assert.Equal(["6.2"], cmt!.Select(t => t.Code));
        Assert.All(overdue!, t => Assert.True(t.Overdue));
        Assert.Contains(overdue!, t => t.Code == "6.2");
        Assert.True(all!.Count >= 20);
        Assert.Equal(all.Select(t => t.Code), all.Select(t => t.Code).Order(OutlineOrder.Instance));
    }
}
