using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Plans;
using TheoDoi.Tasks;
using TheoDoi.Units;

namespace TheoDoi.Reporting;

/// <summary>
/// The content of the consolidated annual report: each unit's general situation; per task group,
/// each unit's results; the year's indicator figures against the 2030 targets; difficulties and
/// proposals. Only accepted reports go in, unless a draft consolidation is asked for (then every
/// submitted or accepted report, and the document says "DỰ THẢO").
/// <para>
/// One number for one fact: an indicator's official figure for the year is the indicator feature's
/// own regional aggregate — the same computation as <c>/indicators/{code}</c> and its API for the
/// ministry's staff (Σ numerators ÷ Σ denominators of the provinces' values, units used and missing,
/// "*" when some are missing, "chưa được duyệt" while a value counted is not approved). The figures
/// units typed into their reports are shown as their submissions, never as the regional figure.
/// A task's status is the task record's (see <see cref="AcceptedTaskStatus"/>).
/// </para>
/// </summary>
public sealed record ConsolidatedReport(
    ReportingCycle Cycle, bool Draft, string Ministry, string MinistryShort, DateOnly IssueDate,
    IReadOnlyList<ConsolidatedReport.GroupSection> Groups, IReadOnlyList<ConsolidatedReport.IndicatorRow> Indicators,
    IReadOnlyList<ConsolidatedReport.UnitText> Difficulties, IReadOnlyList<ConsolidatedReport.UnitText> Proposals,
    IReadOnlyList<UnitReport> Included, IReadOnlyList<Unit> Missing)
{
    /// <summary>Each included unit's "Tình hình chung" (general situation).</summary>
    public IReadOnlyList<UnitText> Situations { get; init; } = [];

    /// <summary>The basin's water-security scorecard for the year (null for a year still to come).</summary>
    public ConsolidatedWaterSecurity? WaterSecurity { get; init; }

    /// <summary>Made on an installation loaded with demo data: every document says "Dữ liệu minh họa".</summary>
    public bool Demo { get; init; }

    public const string DemoBanner = "DỮ LIỆU MINH HỌA — không dùng để báo cáo chính thức";
    public sealed record UnitText(Unit Unit, string Text);

    public sealed record TaskSection(PlanItem Task, IReadOnlyList<(Unit Unit, ReportTaskEntry Entry)> Entries);

    public sealed record GroupSection(PlanItem Group, IReadOnlyList<TaskSection> Tasks);

    /// <param name="Region">The regional figure of the year as the indicator feature computes it (null: no such year).</param>
    /// <param name="Values">What the units wrote in their reports (their submissions).</param>
    public sealed record IndicatorRow(Indicator Indicator, decimal? Target2030, TableCell? Region, IReadOnlyList<(Unit Unit, ReportIndicatorEntry Entry)> Values)
    {
        /// <summary>Where the figure comes from, in the words the document uses.</summary>
        public string Source => Region is not { Value: not null } cell
            ? "chưa có số liệu của các tỉnh, thành phố"
            : $"tổng hợp số liệu {string.Join(", ", cell.Used.Select(u => u.Unit.ShortName ?? u.Unit.Name))}"
                + (cell.Missing.Any() ? $"; thiếu {string.Join(", ", cell.Missing.Select(u => u.Unit.ShortName ?? u.Unit.Name))}" : "")
                + (cell.Provisional ? "; có số liệu chưa được duyệt" : "");
    }

    public string Subject => $"Kết quả thực hiện Kế hoạch số {Cycle.Plan.Number} năm {Cycle.Year}";

    public static async Task<ConsolidatedReport?> BuildAsync(AppDbContext db, int year, bool draft, TimeProvider clock, CancellationToken cancellationToken = default)
    {
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
            .OrderBy(r => r.Unit.Kind).ThenBy(r => r.Unit.Name, Shared.VietnameseOrder.Names)
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

        var issueDate = VietnamTime.Today(clock);
        var indicators = await db.Indicators.AsNoTracking().Include(i => i.Targets).OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var values = included.SelectMany(r => r.Indicators.Select(i => (r.Unit, Entry: i))).ToList();
        var indicatorRows = new List<IndicatorRow>();
        foreach (var indicator in indicators)
        {
            // The ministry staff's view (every state, unapproved marked), as on /indicators/{code}.
            var board = await IndicatorBoard.LoadAsync(db, indicator.Code, issueDate, s_staff, UnitView.New, includeLongAn: false, from: year, to: year, cancellationToken);
            var region = board?.Region.Cells.SingleOrDefault(c => c.Year == year);
            indicatorRows.Add(new IndicatorRow(indicator, indicator.Targets.FirstOrDefault(t => t.IsPlanTarget)?.Value, region,
                values.Where(v => v.Entry.IndicatorId == indicator.Id).ToList()));
        }

        var demo = await db.SystemSettings.AnyAsync(s => s.Key == SystemSetting.DemoData, cancellationToken);
        var ministry = (await UnitDirectory.LoadAsync(db, cancellationToken)).ValidOn(issueDate).FirstOrDefault(u => u.Kind == UnitKind.Ministry);
        return new ConsolidatedReport(
            cycle, draft,
            ministry?.Name ?? "Bộ Nông nghiệp và Môi trường",
            ministry?.Code ?? "BNNMT",
            issueDate, groups, indicatorRows,
            Texts(included, r => r.Difficulties, r => r.Tasks.Select(t => t.Difficulties)),
            Texts(included, r => r.Proposals, r => r.Tasks.Select(t => t.Proposals)),
            included, missing)
        {
            Situations = included.Where(r => !string.IsNullOrWhiteSpace(r.Narrative)).Select(r => new UnitText(r.Unit, r.Narrative!.Trim())).ToList(),
            Demo = demo,
            WaterSecurity = await ConsolidatedWaterSecurity.BuildAsync(db, year, issueDate, cancellationToken),
        };
    }

    private static readonly IndicatorAccess s_staff = new(SeesAllStates: true, IsCoordinator: false, CanWrite: false, new HashSet<int>(), null);

    private static List<UnitText> Texts(List<UnitReport> reports, Func<UnitReport, string?> general, Func<UnitReport, IEnumerable<string?>> perTask) =>
        reports
            .Select(r => new UnitText(r.Unit, string.Join(" ", perTask(r).Prepend(general(r)).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).Distinct())))
            .Where(t => t.Text.Length > 0)
            .ToList();
}
