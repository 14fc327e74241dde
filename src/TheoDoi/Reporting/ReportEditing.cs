using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Notifications;
using TheoDoi.Tasks;
using TheoDoi.Web;

namespace TheoDoi.Reporting;

/// <summary>
/// The unit's edits and the workflow's transitions on one report. Every change bumps the report's
/// version (a stale version is a conflict, never a silent overwrite) and every transition is written
/// to the report's history (the audit trail records the values).
/// </summary>
public sealed class ReportEditing(AppDbContext db, TimeProvider clock, EvidenceFiles? files = null, Notifier? notifier = null)
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
        ArgumentNullException.ThrowIfNull(request);
        var (report, refusal) = await OpenAsync(year, unitCode, user, needWrite: true, request.Version, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

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

    /// <summary>
    /// Submits (or resubmits a returned report) with the content on the screen: one load, one
    /// transaction — the content and the transition are saved together or not at all.
    /// </summary>
    public async Task<UseCaseResult> SubmitAsync(int year, string unitCode, SaveRequest? content, int? version, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (report, refusal) = await OpenAsync(year, unitCode, user, needWrite: true, content?.Version ?? version, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var to = report.State == ReportState.Returned ? ReportState.Resubmitted : ReportState.Submitted;
        if (ReportRules.WhyNot(report, to, now) is { } why)
        {
            return UseCaseResult.Invalid(why);
        }

        if (content is not null)
        {
            var errors = ReportContent.Validate(report, content);
            if (errors.Count > 0)
            {
                return UseCaseResult.Invalid([.. errors]);
            }

            ReportContent.Apply(report, content);
        }

        return await MoveAsync(report, to, null, user, now, cancellationToken);
    }

    /// <summary>The coordinator's review: return (with a reason) or accept a submitted report.</summary>
    public async Task<UseCaseResult> TransitionAsync(int year, string unitCode, ReportState to, TransitionRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (to is ReportState.Submitted or ReportState.Resubmitted)
        {
            return await SubmitAsync(year, unitCode, null, request.Version, user, cancellationToken);
        }

        var (report, refusal) = await OpenAsync(year, unitCode, user, needWrite: false, request.Version, cancellationToken, needReview: true);
        if (report is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (ReportRules.WhyNot(report, to, now) is { } why)
        {
            return UseCaseResult.Invalid(why);
        }

        if (to == ReportState.Returned && string.IsNullOrWhiteSpace(request.Reason))
        {
            return UseCaseResult.Invalid("Trả lại báo cáo cần ghi rõ lý do.", "A returned report needs a reason.");
        }

        if (to == ReportState.Accepted)
        {
            await AcceptedTaskStatus.ApplyAsync(db, report, user.Identity?.Name ?? "?", now, cancellationToken);
        }

        return await MoveAsync(report, to, request.Reason?.Trim(), user, now, cancellationToken);
    }

    private async Task<UseCaseResult> MoveAsync(UnitReport report, ReportState to, string? reason, ClaimsPrincipal user, DateTime now, CancellationToken cancellationToken)
    {
        var actor = user.Identity?.Name ?? "?";
        report.Events.Add(new ReportEvent { At = now, Actor = actor, Action = to.ToString().ToLowerInvariant(), From = report.State, To = to, Comment = reason });
        report.State = to;
        switch (to)
        {
            case ReportState.Submitted or ReportState.Resubmitted:
                report.SubmittedAt ??= now;
                report.LastSubmittedAt = now;
                break;
            case ReportState.Returned:
                report.ReturnReason = reason;
                break;
            case ReportState.Accepted:
                report.AcceptedAt = now;
                report.AcceptedBy = actor;
                break;
        }

        var result = await SaveChangesAsync(report, user, now, cancellationToken);
        if (result.Outcome == Outcome.Done && notifier is not null && ReportNotices.For(report, to, reason) is { } notice)
        {
            await notifier.RaiseAsync(notice, cancellationToken);
        }

        return result;
    }

    public async Task<UseCaseResult> GrantLateEntryAsync(int year, string unitCode, LateEntryRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (report, refusal) = await OpenAsync(year, unitCode, user, needWrite: false, null, cancellationToken, needReview: true);
        if (report is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        if (request.Until <= now || string.IsNullOrWhiteSpace(request.Reason))
        {
            return UseCaseResult.Invalid("Cho phép nhập muộn cần thời hạn trong tương lai và lý do.", "A late-entry exception needs a future time limit and a reason.");
        }

        report.LateEntryUntil = request.Until.UtcDateTime;
        report.LateEntryReason = request.Reason.Trim();
        report.Events.Add(new ReportEvent
        {
            At = now.UtcDateTime,
            Actor = user.Identity?.Name ?? "?",
            Action = "late-entry",
            Comment = $"đến {Format.DateTimeIn(report.LateEntryUntil.Value, System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}: {report.LateEntryReason}",
        });
        return await SaveChangesAsync(report, user, now.UtcDateTime, cancellationToken);
    }

    /// <summary>Attaches a file to the report while the unit may edit it (same checks as task evidence).</summary>
    public async Task<UseCaseResult> AttachAsync(int year, string unitCode, IFormFile? file, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (report, refusal) = await OpenAsync(year, unitCode, user, needWrite: true, null, cancellationToken);
        if (report is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (ReportRules.WhyLocked(report, now) is { } locked)
        {
            return UseCaseResult.Invalid(locked);
        }

        if (file is null || files is null)
        {
            return UseCaseResult.Invalid("Chưa chọn tệp.", "No file was sent.");
        }

        await using var stream = file.OpenReadStream();
        var (stored, error) = await files.SaveAsync(file.FileName, file.Length, stream, cancellationToken);
        if (stored is null)
        {
            return UseCaseResult.Invalid(error!);
        }

        report.Attachments.Add(new ReportAttachment
        {
            FileName = stored.FileName,
            StoredPath = stored.StoredPath,
            ContentType = stored.ContentType,
            Size = stored.Size,
            Sha256 = stored.Sha256,
            UploadedAt = now,
            UploadedBy = user.Identity?.Name ?? "?",
        });
        return await SaveChangesAsync(report, user, now, cancellationToken);
    }

    /// <summary>An attachment's bytes for whoever may read the report.</summary>
    public async Task<(ReportAttachment? Attachment, Stream? Content, UseCaseResult? Refusal)> OpenAttachmentAsync(int year, string unitCode, int attachmentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (report, refusal) = await OpenAsync(year, unitCode, user, needWrite: false, null, cancellationToken);
        if (report is null)
        {
            return (null, null, refusal);
        }

        var attachment = report.Attachments.SingleOrDefault(a => a.Id == attachmentId);
        return attachment is null || files is null
            ? (null, null, UseCaseResult.NotFound($"Không có tệp {attachmentId}.", $"There is no attachment {attachmentId}."))
            : (attachment, files.Open(attachment.StoredPath), null);
    }

    private async Task<(UnitReport? Report, UseCaseResult? Refusal)> OpenAsync(
        int year, string unitCode, ClaimsPrincipal user, bool needWrite, int? version, CancellationToken cancellationToken, bool needReview = false)
    {
        var access = ReportAccess.For(user, unitCode);
        if ((needWrite && !access.CanWrite) || (needReview && !access.CanReview) || !access.CanRead)
        {
            return (null, UseCaseResult.Forbidden("Bạn không có quyền với báo cáo này.", "You may not do this with this report."));
        }

        var report = await LoadAsync(year, unitCode, cancellationToken);
        if (report is null)
        {
            return (null, UseCaseResult.NotFound($"Không có báo cáo năm {year} của đơn vị {unitCode}.", $"There is no {year} report of unit {unitCode}."));
        }

        if (version is { } v && v != report.Version
            && await ReportVersions.SavedByOthersSinceAsync(db, report, v, user.Identity?.Name ?? "?", cancellationToken))
        {
            return (null, UseCaseResult.Conflict(
                $"Báo cáo đã được người khác lưu (phiên bản {report.Version}, bạn đang sửa phiên bản {v}); hãy tải lại để không ghi đè.",
                $"Someone else saved the report since you opened it (version {report.Version}, yours is {v}); reload so as not to overwrite it."));
        }

        return (report, null);
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
