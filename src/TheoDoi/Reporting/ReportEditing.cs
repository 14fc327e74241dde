using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Notifications;
using TheoDoi.Shared;
using TheoDoi.Tasks;

namespace TheoDoi.Reporting;

/// <summary>
/// The unit's edits and the workflow's transitions on one report. Every change bumps the report's
/// version (a stale version is a conflict, never a silent overwrite) and every transition is written
/// to the report's history (the audit trail records the values). This file: loading, access and the
/// unit's save; the transitions are in ReportEditing.Workflow.cs, attachments in ReportEditing.Attachments.cs.
/// </summary>
public sealed partial class ReportEditing(AppDbContext db, TimeProvider clock, EvidenceFiles? files = null, Notifier? notifier = null)
{
    public sealed record TaskInput(int PlanItemId, WorkStatus Status, string? Results, string? Difficulties, string? Proposals);

    public sealed record IndicatorInput(string Code, decimal? Numerator, decimal? Denominator, decimal? Value, string? Note);

    public sealed record SaveRequest(
        int? Version, string? Narrative, string? Difficulties, string? Proposals,
        IReadOnlyList<TaskInput>? Tasks = null, IReadOnlyList<IndicatorInput>? Indicators = null);

    public sealed record TransitionRequest(string? Reason = null, int? Version = null);

    public sealed record LateEntryRequest(DateTimeOffset Until, string? Reason);

    /// <summary>Unit codes are upper case; links made with lower-case URLs still find the report.</summary>
    public Task<UnitReport?> LoadAsync(int year, string unitCode, CancellationToken cancellationToken) =>
        LoadNormalisedAsync(year, unitCode.ToUpperInvariant(), cancellationToken);

    private Task<UnitReport?> LoadNormalisedAsync(int year, string unitCode, CancellationToken cancellationToken) =>
        db.UnitReports
            .Include(r => r.Cycle)
            .Include(r => r.Unit)
            .Include(r => r.Tasks).ThenInclude(t => t.PlanItem)
            .Include(r => r.Indicators).ThenInclude(i => i.Indicator)
            .Include(r => r.Events)
            .Include(r => r.Attachments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Cycle.Year == year && r.Unit.Code == unitCode, cancellationToken);

    public async Task<UseCaseResult> SaveAsync(int year, string unitCode, SaveRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(year, unitCode, user, needWrite: true, request.Version, cancellationToken);
        if (!opened.IsDone)
        {
            return opened.Status;
        }

        var report = opened.Done();

        var now = clock.GetUtcNow().UtcDateTime;
        if (ReportRules.WhyLocked(report, now) is { } locked)
        {
            return UseCaseResult.Invalid(locked);
        }

        var errors = ReportContent.Validate(report, request);
        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        ReportContent.Apply(report, request);
        return await SaveChangesAsync(report, user, now, cancellationToken);
    }

    private async Task<UseCaseResult<UnitReport>> OpenAsync(
        int year, string unitCode, ClaimsPrincipal user, bool needWrite, int? version, CancellationToken cancellationToken, bool needReview = false)
    {
        var access = ReportAccess.For(user, unitCode);
        if ((needWrite && !access.CanWrite) || (needReview && !access.CanReview) || !access.CanRead)
        {
            return UseCaseResult.Forbidden("Bạn không có quyền với báo cáo này.", "You may not do this with this report.");
        }

        var report = await LoadAsync(year, unitCode, cancellationToken);
        if (report is null)
        {
            return UseCaseResult.NotFound($"Không có báo cáo năm {year} của đơn vị {unitCode}.", $"There is no {year} report of unit {unitCode}.");
        }

        if (version is { } v && v != report.Version
            && await ReportVersions.SavedByOthersSinceAsync(db, report, v, user.Identity?.Name ?? "?", cancellationToken))
        {
            return UseCaseResult.Conflict(
                $"Báo cáo đã được người khác lưu (phiên bản {report.Version}, bạn đang sửa phiên bản {v}); hãy tải lại để không ghi đè.",
                $"Someone else saved the report since you opened it (version {report.Version}, yours is {v}); reload so as not to overwrite it.");
        }

        return UseCaseResult.Done(report);
    }

    private async Task<UseCaseResult> SaveChangesAsync(UnitReport report, ClaimsPrincipal user, DateTime now, CancellationToken cancellationToken)
    {
        report.Version++;
        report.UpdatedAt = now;
        report.UpdatedBy = user.Identity?.Name;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return UseCaseResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return UseCaseResult.Conflict("Báo cáo vừa được lưu cùng lúc ở nơi khác; hãy tải lại.", "The report was saved elsewhere at the same moment; reload it.");
        }
    }
}
