using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Plans;

public static class PlanEndpoints
{
    public sealed record DocumentDto(string Number, string Kind, string Title, DateOnly IssuedOn, string Issuer);

    public sealed record PlanSummaryDto(int Id, string Number, string Title, DateOnly IssuedOn, string? Issuer, int StartYear, int EndYear, IReadOnlyList<DocumentDto> Basis);

    public sealed record UnitRef(string Code, string Name);

    public sealed record ItemDto(
        int Id, string Code, PlanItemKind Kind, string Title, string? TitleEn, string? Text,
        UnitRef? LeadUnit, IReadOnlyList<UnitRef> LeadUnitToday, AssigneeScope? LeadScope,
        IReadOnlyList<UnitRef> CoordinatingUnits, AssigneeScope? CoordinatingScope,
        DateOnly? StartDate, DateOnly? DueDate, string? Recurrence, string? Deliverable, UnitRef? ReportTo, string? SubmitTo,
        IReadOnlyList<ItemDto> Children);

    public sealed record TargetDto(int Year, decimal Value, bool IsPlanTarget, string? Source);

    public sealed record IndicatorDto(string Code, string Name, string? NameEn, string Unit, string? Sdg, UnitRef? ResponsibleUnit, IReadOnlyList<TargetDto> Targets);

    public sealed record ReportingRuleDto(int DeadlineDay, int DeadlineMonth, UnitRef? Recipient, string? Text);

    public sealed record PlanDto(PlanSummaryDto Plan, string? Purpose, ReportingRuleDto Reporting, IReadOnlyList<ItemDto> Items, IReadOnlyList<IndicatorDto> Indicators, string? Source);

    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans").RequireAuthorization(Policies.SignedIn);

        plans.MapGet("/", async (AppDbContext db, CancellationToken ct) =>
            (await db.Plans.AsNoTracking().Include(p => p.Bases).Include(p => p.IssuerUnit).OrderBy(p => p.Id).ToListAsync(ct))
                .Select(Summary).ToList())
            .WithSummary("The plans TheoDoi follows, with their legal bases.");

        plans.MapGet("/{id:int}", async Task<Results<Ok<PlanDto>, UseCaseProblem>> (int id, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var tree = await PlanTree.LoadAsync(db, id, ct);
            if (tree is null)
            {
                return new UseCaseProblem(UseCaseResult.NotFound($"Không có kế hoạch mã số {id}.", $"No plan with id {id}."));
            }

            var directory = await UnitDirectory.LoadAsync(db, ct);
            var today = VietnamTime.Today(clock);
            var plan = tree.Plan;
            return TypedResults.Ok(new PlanDto(
                Summary(plan),
                plan.Purpose,
                new ReportingRuleDto(plan.ReportDeadlineDay, plan.ReportDeadlineMonth, Ref(plan.ReportRecipientUnit), plan.ReportingRuleText),
                tree.Roots.Select(n => ToDto(n, directory, today)).ToList(),
                tree.Indicators.Select(ToDto).ToList(),
                plan.Source));
        }).WithSummary("One plan with its whole tree: task groups, tasks, sub-tasks and projects, with their units and time frames.");

        return api;
    }

    private static UnitRef? Ref(Unit? unit) => unit is null ? null : new UnitRef(unit.Code, unit.Name);

    private static PlanSummaryDto Summary(Plan plan) => new(
        plan.Id, plan.Number, plan.Title, plan.IssuedOn, plan.IssuerUnit?.Name, plan.StartYear, plan.EndYear,
        plan.Bases.OrderBy(b => b.IssuedOn).Select(b => new DocumentDto(b.Number, b.Kind, b.Title, b.IssuedOn, b.Issuer)).ToList());

    private static ItemDto ToDto(PlanNode node, UnitDirectory directory, DateOnly today)
    {
        var item = node.Item;
        var leadToday = item.LeadUnit is { } lead ? directory.HoldersOn(lead, today).Select(u => Ref(u)!).ToList() : [];
        return new ItemDto(
            item.Id, item.Code, item.Kind, item.Title, item.TitleEn, item.Text,
            Ref(item.LeadUnit), leadToday, item.LeadScope,
            item.CoordinatingUnits.Select(u => Ref(u)!).ToList(), item.CoordinatingScope,
            item.StartDate, item.DueDate, item.Recurrence, item.Deliverable, Ref(item.ReportToUnit), item.SubmitTo,
            node.Children.Select(c => ToDto(c, directory, today)).ToList());
    }

    private static IndicatorDto ToDto(Indicator indicator) => new(
        indicator.Code, indicator.Name, indicator.NameEn, indicator.MeasureUnit, indicator.Sdg, Ref(indicator.ResponsibleUnit),
        indicator.Targets.OrderBy(t => t.Year).Select(t => new TargetDto(t.Year, t.Value, t.IsPlanTarget, t.Source)).ToList());
}
