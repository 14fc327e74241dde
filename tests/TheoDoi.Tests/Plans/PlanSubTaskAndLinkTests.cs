using TheoDoi.Accounts;
using TheoDoi.Indicators;
using TheoDoi.Plans;
using TheoDoi.Seed;
using TheoDoi.Tasks;
using static TheoDoi.Tests.Tasks.TaskTestKit;

namespace TheoDoi.Tests.Plans;

/// <summary>
/// Issue 9: tasks 3.4 and 3.5 are followed through their sub-tasks (the announcement's wording), and
/// tasks link to the projects and indicators they serve, shown on both sides.
/// </summary>
public sealed class PlanSubTaskAndLinkTests
{
    private static Task<List<(string Code, string? Parent, string Title)>> ChildrenAsync(TestApp app, string parent) =>
        app.WithDbAsync(async db => (await db.PlanItems.Where(i => i.Parent!.Code == parent).OrderBy(i => i.Order)
            .Select(i => new { i.Code, Parent = i.Parent!.Code, i.Title }).ToListAsync())
            .Select(i => (i.Code, (string?)i.Parent, i.Title)).ToList());

    [Fact]
    public async Task Tasks_3_4_and_3_5_have_their_sub_tasks_with_the_announcements_wording()
    {
        await using var app = await TestApp.StartAsync();

        var of34 = await ChildrenAsync(app, "3.4");
        var of35 = await ChildrenAsync(app, "3.5");

        Assert.Equal(["3.4.1", "3.4.2", "3.4.3"], of34.Select(c => c.Code));
        Assert.Equal(["3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.5.6", "3.5.7"], of35.Select(c => c.Code));
        Assert.Contains("thanh tra, kiểm tra và xử lý các cơ sở gây ô nhiễm", of34[0].Title, StringComparison.Ordinal);
        Assert.Equal("Bảo vệ môi trường lưu vực hệ thống sông Đồng Nai và sông Sài Gòn", of34[1].Title);
        Assert.Equal("Kiểm soát và hạn chế sử dụng nguồn nước ngầm", of35[2].Title);
        Assert.Contains("Việt Nam - Campuchia", of35[5].Title, StringComparison.Ordinal);
        var english = await app.WithDbAsync(db => db.PlanItems.Where(i => i.Code.StartsWith("3.5.")).Select(i => i.TitleEn).ToListAsync());
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e)));
    }

    [Fact]
    public async Task An_installation_that_had_3_5_keeps_its_edits_and_3_5_becomes_the_parent()
    {
        await using var app = await TestApp.StartAsync();
        // What an installation from before issue 9 holds: 3.5 without sub-tasks, edited by its users.
        var cmt = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "CMT").Select(u => u.Id).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            await db.Set<PlanItemLink>().Where(l => l.PlanItem.Code.StartsWith("3.5.")).ExecuteDeleteAsync();
            await db.TaskAssignments.Where(a => a.PlanItem.Code.StartsWith("3.5.")).ExecuteDeleteAsync();
            await db.PlanItems.Where(i => i.Code.StartsWith("3.5.")).ExecuteDeleteAsync();
            var task = await db.PlanItems.SingleAsync(i => i.Code == "3.5");
            task.Status = WorkStatus.Paused;
            task.Progress = 25;
            task.EvidenceText = "Công văn 123/CMT";
            task.LeadUnitId = cmt;
            task.LeadScope = null;
            task.Assignments.Add(new TaskAssignment { UnitId = cmt, Role = AssignmentRole.Lead, ValidFrom = new DateOnly(2025, 3, 1), Origin = "giao lại" });
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db => { await BuiltInDataLoader.LoadAsync(db); return 0; });

        var parent = await app.WithDbAsync(db => db.PlanItems.AsNoTracking().Include(i => i.Assignments).SingleAsync(i => i.Code == "3.5"));
        Assert.Equal((WorkStatus.Paused, 25, "Công văn 123/CMT", (int?)cmt), (parent.Status, parent.Progress, parent.EvidenceText, parent.LeadUnitId));
        Assert.Equal(["CMT"], await app.WithDbAsync(db => db.TaskAssignments.Where(a => a.PlanItemId == parent.Id).Select(a => a.Unit.Code).ToListAsync()));
        Assert.Equal(7, (await ChildrenAsync(app, "3.5")).Count);
        // The new sub-tasks are held by whoever holds 3.5 in this installation.
        var leads = await app.WithDbAsync(db => db.PlanItems.Where(i => i.ParentId == parent.Id).Select(i => i.LeadUnitId).Distinct().ToListAsync());
        Assert.Equal([(int?)cmt], leads);
    }

    [Fact]
    public async Task Loading_the_plan_twice_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        Task<(int, int, int)> CountAsync() => app.WithDbAsync(async db =>
            (await db.PlanItems.CountAsync(), await db.Set<PlanItemLink>().CountAsync(), await db.AuditEntries.CountAsync()));
        var before = await CountAsync();

        await app.WithDbAsync(async db => { await BuiltInDataLoader.LoadAsync(db); return 0; });
        await app.WithDbAsync(async db => { await BuiltInDataLoader.LoadAsync(db); return 0; });

        Assert.Equal(before, await CountAsync());
        Assert.Equal(39, before.Item1); // 5 groups, 18 tasks, 13 sub-tasks (3 of 5.3, 3 of 3.4, 7 of 3.5), the projects section and its 2 projects
    }

    [Fact]
    public async Task Links_appear_in_the_api_on_both_sides()
    {
        await using var app = await TestApp.StartAsync();
        var client = await app.ClientAsAsync(Roles.Leader);

        var task34 = await DetailAsync(client, await IdOfAsync(app, "3.4"));
        var project62 = await DetailAsync(client, await IdOfAsync(app, "6.2"));
        var task351 = await DetailAsync(client, await IdOfAsync(app, "3.5.1"));
        var indicator = await client.GetFromJsonAsync<IndicatorDtos.IndicatorDetailDto>("/api/v1/indicators/kcn-xlnt", Json.Options);

        Assert.Equal([(PlanItemLinkKind.Project, "6.2"), (PlanItemLinkKind.Indicator, "KCN-XLNT")], task34.Serves.Select(s => (s.Kind, s.Target)));
        Assert.Equal(["3.4"], project62.ServedBy.Select(t => t.Code));
        Assert.Equal(["3.4"], indicator!.ServedBy!.Select(t => t.Code));
        Assert.Equal("/water/security", task351.Serves.Single().Target);
        Assert.Equal(["3.2"], (await DetailAsync(client, await IdOfAsync(app, "6.1"))).ServedBy.Select(t => t.Code));
    }

    /// <summary>A task's "serves" link to a page must lead to a page that exists, not to a 404.</summary>
    [Fact]
    public async Task Every_page_a_task_serves_opens()
    {
        await using var app = await TestApp.StartAsync();
        var client = new BrowserlessSession(app);
        await client.SignInAsync("leader-pages", await app.AddUserAsync("leader-pages", Roles.Leader));

        var pages = await app.WithDbAsync(db => db.Set<PlanItemLink>().Where(l => l.Kind == PlanItemLinkKind.Page).Select(l => l.Target).Distinct().ToListAsync());

        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answers {(int)response.StatusCode}");
        }
    }
}
