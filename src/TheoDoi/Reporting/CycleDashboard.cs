using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Reporting;
using TheoDoi.Data;

namespace TheoDoi.Reporting;

/// <summary>
/// Every unit's report in a cycle with its timeliness (against the cycle's deadline, on the first
/// submission) and last activity, plus completeness: the coordinator's view, read-only for leaders.
/// </summary>
public sealed record CycleDashboard(ReportingCycle Cycle, IReadOnlyList<CycleDashboard.Row> Rows)
{
    public sealed record Row(UnitReport Report, TimelinessResult Timeliness, DateTime LastActivity);

    public int Required => Rows.Count;
    public int Submitted => Rows.Count(r => r.Report.State != ReportState.Draft);
    public int Accepted => Rows.Count(r => r.Report.State == ReportState.Accepted);
    public int OnTime => Rows.Count(r => r.Timeliness.Status == TimelinessStatus.OnTime);
    public int Late => Rows.Count(r => r.Timeliness.Status == TimelinessStatus.Late);

    /// <summary>Share of required units that submitted (in percent); null without required units.</summary>
    public decimal? SubmittedShare => Required == 0 ? null : Math.Round(100m * Submitted / Required, 1);

    public decimal? AcceptedShare => Required == 0 ? null : Math.Round(100m * Accepted / Required, 1);

    public static async Task<CycleDashboard?> LoadAsync(AppDbContext db, int year, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var cycle = await db.ReportingCycles.AsNoTracking()
            .Include(c => c.Reports).ThenInclude(r => r.Unit)
            .Include(c => c.Reports).ThenInclude(r => r.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        var rows = cycle.Reports
            .Select(r => new Row(
                r,
                Timeliness.Assess(cycle.Deadline, r.SubmittedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null, clock),
                r.Events.Select(e => e.At).Append(r.UpdatedAt).Max()))
            .OrderBy(r => r.Report.Unit.Kind).ThenBy(r => r.Report.Unit.Name, Shared.VietnameseOrder.Names)
            .ToList();
        return new CycleDashboard(cycle, rows);
    }
}
