using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Indicators;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Plans;
using TheoDoi.Tasks;
using TheoDoi.Units;

namespace TheoDoi.Reporting;

/// <summary>
/// The content of the consolidated annual report: per task group, each unit's results; the year's
/// indicator values (Σ numerators ÷ Σ denominators across units) against the 2030 targets;
/// difficulties and proposals. Only accepted reports go in, unless a draft consolidation is asked for
/// (then every submitted or accepted report, and the document says "DỰ THẢO").
/// </summary>
public sealed record ConsolidatedReport(
    ReportingCycle Cycle, bool Draft, string Ministry, string MinistryShort, DateOnly IssueDate,
    IReadOnlyList<ConsolidatedReport.GroupSection> Groups, IReadOnlyList<ConsolidatedReport.IndicatorRow> Indicators,
    IReadOnlyList<ConsolidatedReport.UnitText> Difficulties, IReadOnlyList<ConsolidatedReport.UnitText> Proposals,
    IReadOnlyList<UnitReport> Included, IReadOnlyList<Unit> Missing)
{
    public sealed record UnitText(Unit Unit, string Text);

    public sealed record TaskSection(PlanItem Task, IReadOnlyList<(Unit Unit, ReportTaskEntry Entry)> Entries);

    public sealed record GroupSection(PlanItem Group, IReadOnlyList<TaskSection> Tasks);

    public sealed record IndicatorRow(Indicator Indicator, decimal? Target2030, AggregatedRatio Aggregate, IReadOnlyList<(Unit Unit, ReportIndicatorEntry Entry)> Values);

    public string Subject => $"Kết quả thực hiện Kế hoạch số {Cycle.Plan.Number} năm {Cycle.Year}";

    public static async Task<ConsolidatedReport?> BuildAsync(AppDbContext db, int year, bool draft, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cycle = await db.ReportingCycles.AsNoTracking()
            .Include(c => c.Plan)
            .Include(c => c.Reports).ThenInclude(r => r.Unit)
            .Include(c => c.Reports).ThenInclude(r => r.Tasks).ThenInclude(t => t.PlanItem)
            .Include(c => c.Reports).ThenInclude(r => r.Indicators).ThenInclude(i => i.Indicator)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        var included = cycle.Reports
            .Where(r => r.State == ReportState.Accepted || (draft && r.State != ReportState.Draft))
            .OrderBy(r => r.Unit.Kind).ThenBy(r => r.Unit.Name, StringComparer.Create(Web.WebUi.Vietnamese, false))
            .ToList();
        var missing = cycle.Reports.Except(included).Select(r => r.Unit).ToList();
        var items = await db.PlanItems.AsNoTracking().Where(i => i.PlanId == cycle.PlanId).ToListAsync(cancellationToken);
        var byId = items.ToDictionary(i => i.Id);
        PlanItem Top(PlanItem item) => item.ParentId is { } parent ? Top(byId[parent]) : item;

        var entries = included.SelectMany(r => r.Tasks.Select(t => (r.Unit, Entry: t))).ToList();
        var groups = items.Where(i => i.ParentId is null).OrderBy(i => i.Order)
            .Select(group => new GroupSection(group, entries
                .Where(e => Top(e.Entry.PlanItem).Id == group.Id)
                .GroupBy(e => e.Entry.PlanItemId)
                .Select(g => new TaskSection(byId[g.Key], g.ToList()))
                .OrderBy(t => t.Task.Code, OutlineOrder.Instance)
                .ToList()))
            .ToList();

        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Targets).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var values = included.SelectMany(r => r.Indicators.Select(i => (r.Unit, Entry: i))).ToList();
        var indicatorRows = indicators.Select(indicator =>
        {
            var own = values.Where(v => v.Entry.IndicatorId == indicator.Id).ToList();
            var aggregate = RatioAggregation.Combine(own.Select(v => new UnitRatio(v.Unit.Code, (double?)v.Entry.Numerator, (double?)v.Entry.Denominator)));
            return new IndicatorRow(indicator, indicator.Targets.FirstOrDefault(t => t.IsPlanTarget)?.Value, aggregate, own);
        }).ToList();

        var issueDate = VietnamTime.Today(clock);
        var ministry = (await UnitDirectory.LoadAsync(db, cancellationToken)).ValidOn(issueDate).FirstOrDefault(u => u.Kind == UnitKind.Ministry);
        return new ConsolidatedReport(
            cycle, draft,
            ministry?.Name ?? "Bộ Nông nghiệp và Môi trường",
            ministry?.Code ?? "BNNMT",
            issueDate, groups, indicatorRows,
            Texts(included, r => r.Difficulties, r => r.Tasks.Select(t => t.Difficulties)),
            Texts(included, r => r.Proposals, r => r.Tasks.Select(t => t.Proposals)),
            included, missing);
    }

    private static List<UnitText> Texts(List<UnitReport> reports, Func<UnitReport, string?> general, Func<UnitReport, IEnumerable<string?>> perTask) =>
        reports
            .Select(r => new UnitText(r.Unit, string.Join(" ", perTask(r).Prepend(general(r)).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct())))
            .Where(t => t.Text.Length > 0)
            .ToList();
}
