using TheoDoi.Core.Reporting;
using TheoDoi.Tasks;

namespace TheoDoi.Reporting;

/// <summary>The JSON shapes of the reporting API.</summary>
public static class ReportDtos
{
    public sealed record CycleDto(int Year, DateOnly WindowStart, DateOnly WindowEnd, DateOnly Deadline, DateTimeOffset DeadlineInstant, CycleState State, int Units, int Submitted, int Accepted);

    public sealed record TimelinessDto(TimelinessStatus Status, int DaysLate);

    public sealed record DashboardRow(string UnitCode, string UnitName, ReportState State, TimelinessDto Timeliness, DateTime? SubmittedAt, DateTime LastActivity, DateTime? LateEntryUntil);

    public sealed record TaskEntryDto(int PlanItemId, string Code, string Title, WorkStatus Status, string? Results, string? Difficulties, string? Proposals);

    public sealed record IndicatorEntryDto(string Code, string Name, decimal? Numerator, decimal? Denominator, decimal? Value, string? Note);

    public sealed record EventDto(DateTime At, string Actor, string Action, ReportState? From, ReportState? To, string? Comment);

    public sealed record ReportDto(
        int Year, string UnitCode, string UnitName, ReportState State, int Version, string? Narrative, string? Difficulties, string? Proposals,
        DateTime? SubmittedAt, DateTime? LastSubmittedAt, DateTime? AcceptedAt, string? AcceptedBy, string? ReturnReason, DateTime? LateEntryUntil,
        string? LockedReason, TimelinessDto Timeliness, IReadOnlyList<TaskEntryDto> Tasks, IReadOnlyList<IndicatorEntryDto> Indicators, IReadOnlyList<EventDto> History);

    public static CycleDto ToDto(ReportingCycle cycle) => new(
        cycle.Year, cycle.WindowStart, cycle.WindowEnd, cycle.Deadline, ReportingDeadline.DeadlineInstant(cycle.Deadline), cycle.State,
        cycle.Reports.Count, cycle.Reports.Count(r => r.State != ReportState.Draft), cycle.Reports.Count(r => r.State == ReportState.Accepted));

    public static TimelinessDto ToDto(TimelinessResult result) => new(result.Status, result.DaysLate);

    public static ReportDto ToDto(UnitReport report, TimeProvider clock)
    {
        var timeliness = Timeliness.Assess(report.Cycle.Deadline, report.SubmittedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null, clock);
        return new ReportDto(
            report.Cycle.Year, report.Unit.Code, report.Unit.Name, report.State, report.Version, report.Narrative, report.Difficulties, report.Proposals,
            report.SubmittedAt, report.LastSubmittedAt, report.AcceptedAt, report.AcceptedBy, report.ReturnReason, report.LateEntryUntil,
            ReportRules.WhyLocked(report, clock.GetUtcNow().UtcDateTime)?.Pick(), ToDto(timeliness),
            report.Tasks.OrderBy(t => t.PlanItem.Code, OutlineOrder.Instance)
                .Select(t => new TaskEntryDto(t.PlanItemId, t.PlanItem.Code, t.PlanItem.Title, t.Status, t.Results, t.Difficulties, t.Proposals)).ToList(),
            report.Indicators.OrderBy(i => i.IndicatorId)
                .Select(i => new IndicatorEntryDto(i.Indicator.Code, i.Indicator.Name, i.Numerator, i.Denominator, i.Value, i.Note)).ToList(),
            report.Events.OrderBy(e => e.Id).Select(e => new EventDto(e.At, e.Actor, e.Action, e.From, e.To, e.Comment)).ToList());
    }
}
