using TheoDoi.Accounts;
using TheoDoi.Plans;

namespace TheoDoi.Tests.Plans;

/// <summary>The built-in Plan 512 as the API serves it (source: shared/seed, the ministry's announcement).</summary>
public sealed class PlanApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<PlanEndpoints.PlanDto> LoadPlanAsync()
    {
        var client = await fixture.App.ClientAsAsync(Roles.Reporter);
        var plans = await client.GetFromJsonAsync<List<PlanEndpoints.PlanSummaryDto>>("/api/v1/plans");
        return (await client.GetFromJsonAsync<PlanEndpoints.PlanDto>($"/api/v1/plans/{plans!.Single().Id}", Json.Options))!;
    }

    private static IEnumerable<PlanEndpoints.ItemDto> Flatten(IEnumerable<PlanEndpoints.ItemDto> items) =>
        items.SelectMany(i => Flatten(i.Children).Prepend(i));

    [Fact]
    public async Task The_plan_rests_on_the_politburo_and_government_resolutions()
    {
        var plan = await LoadPlanAsync();

        Assert.Equal("512-KH/BCSĐTNMT", plan.Plan.Number);
        Assert.Equal(new DateOnly(2023, 6, 14), plan.Plan.IssuedOn);
        Assert.Equal(["24-NQ/TW", "154/NQ-CP"], plan.Plan.Basis.Select(b => b.Number));
        Assert.Equal(new DateOnly(2022, 10, 7), plan.Plan.Basis[0].IssuedOn);
        Assert.Equal(new DateOnly(2022, 11, 23), plan.Plan.Basis[1].IssuedOn);
    }

    [Fact]
    public async Task The_tree_has_the_five_task_groups_in_order_then_the_projects()
    {
        var plan = await LoadPlanAsync();

        var groups = plan.Items.Where(i => i.Kind == PlanItemKind.Group).ToList();
        Assert.Equal(5, groups.Count);
        Assert.StartsWith("Quán triệt", groups[0].Title, StringComparison.Ordinal);
        Assert.Contains("thể chế", groups[1].Title, StringComparison.Ordinal);
        Assert.Contains("tài nguyên", groups[2].Title, StringComparison.Ordinal);
        Assert.Contains("Đảng", groups[3].Title, StringComparison.Ordinal);
        Assert.Equal("Tổ chức thực hiện", groups[4].Title);
        Assert.All(groups, g => Assert.NotEmpty(g.Children));
        Assert.Equal(PlanItemKind.Projects, plan.Items[^1].Kind);
    }

    [Fact]
    public async Task The_two_projects_are_due_in_2023_with_their_lead_departments()
    {
        var plan = await LoadPlanAsync();

        var projects = Flatten(plan.Items).Where(i => i.Kind == PlanItemKind.Project).ToList();
        Assert.Equal(2, projects.Count);
        Assert.All(projects, p => Assert.Equal(2023, p.DueDate!.Value.Year));
        Assert.Equal(["CBTTNDDSH", "CKSONMT"], projects.Select(p => p.LeadUnit!.Code));
        Assert.Contains("Đồng Nai", projects[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_annual_report_is_due_before_10_December_to_the_planning_department()
    {
        var plan = await LoadPlanAsync();

        Assert.Equal((10, 12), (plan.Reporting.DeadlineDay, plan.Reporting.DeadlineMonth));
        Assert.Equal("VKHTC", plan.Reporting.Recipient!.Code);
        var duty = Flatten(plan.Items).Single(i => i.Recurrence == "annual-before-10-12");
        Assert.Equal("VKHTC", duty.ReportTo!.Code);
    }

    [Fact]
    public async Task A_task_led_by_a_2023_unit_shows_who_holds_it_today()
    {
        var plan = await LoadPlanAsync();

        // Cục Kiểm soát ô nhiễm môi trường became Cục Môi trường on 01/03/2025.
        var basinProject = Flatten(plan.Items).Single(i => i.LeadUnit?.Code == "CKSONMT");
        Assert.Equal(["CMT"], basinProject.LeadUnitToday.Select(u => u.Code));
        // Vụ Kế hoạch - Tài chính keeps its code under the new ministry.
        var followUp = Flatten(plan.Items).Single(i => i.LeadUnit?.Code == "VKHTC");
        Assert.Equal(["VPB", "VPBCSD"], followUp.CoordinatingUnits.Select(u => u.Code).Order());
        Assert.Equal(["VKHTC"], followUp.LeadUnitToday.Select(u => u.Code));
    }

    [Fact]
    public async Task The_three_2030_targets_are_100_95_and_98_percent()
    {
        var plan = await LoadPlanAsync();

        var targets = plan.Indicators.Select(i => i.Targets.Single(t => t.IsPlanTarget)).ToList();
        Assert.All(targets, t => Assert.Equal(2030, t.Year));
        Assert.Equal([100m, 95m, 98m], targets.Select(t => t.Value));
    }

    [Fact]
    public async Task An_unknown_plan_is_404()
    {
        var client = await fixture.App.ClientAsAsync(Roles.Leader);

        var response = await client.GetAsync("/api/v1/plans/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
