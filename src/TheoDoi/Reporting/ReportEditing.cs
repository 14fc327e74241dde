using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Tasks;
using TheoDoi.Web;

namespace TheoDoi.Reporting;

/// <summary>
/// The unit's edits and the workflow's transitions on one report. Every change bumps the report's
/// version (a stale version is a conflict, never a silent overwrite) and every transition is written
/// to the report's history (the audit trail records the values).
/// </summary>
public sealed class ReportEditing(AppDbContext db, TimeProvider clock, EvidenceFiles? files = null)
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

        var errors = Validate(report, request);
        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        report.Narrative = request.Narrative ?? report.Narrative;
        report.Difficulties = request.Difficulties ?? report.Difficulties;
        report.Proposals = request.Proposals ?? report.Proposals;
        foreach (var input in request.Tasks ?? [])
        {
            var entry = report.Tasks.Single(t => t.PlanItemId == input.PlanItemId);
            (entry.Status, entry.Results, entry.Difficulties, entry.Proposals) = (input.Status, input.Results, input.Difficulties, input.Proposals);
        }

        foreach (var input in request.Indicators ?? [])
        {
            var entry = report.Indicators.Single(i => i.Indicator.Code == input.Code);
            entry.Numerator = input.Numerator;
            entry.Denominator = input.Denominator;
            entry.Value = input.Value ?? (input.Numerator is { } n && input.Denominator is { } d and > 0 ? Math.Round(100 * n / d, 2) : null);
            entry.Note = input.Note;
        }

        return await SaveChangesAsync(report, user, now, cancellationToken);
    }

    public async Task<UseCaseResult> TransitionAsync(int year, string unitCode, ReportState to, TransitionRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var review = to is ReportState.Returned or ReportState.Accepted;
        var (report, refusal) = await OpenAsync(year, unitCode, user, needWrite: !review, request.Version, cancellationToken, needReview: review);
        if (report is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (to == ReportState.Submitted && report.State == ReportState.Returned)
        {
            to = ReportState.Resubmitted; // "submit" of a returned report is its resubmission
        }

        if (ReportRules.WhyNot(report, to, now) is { } why)
        {
            return UseCaseResult.Invalid(why);
        }

        if (to == ReportState.Returned && string.IsNullOrWhiteSpace(request.Reason))
        {
            return UseCaseResult.Invalid("Trả lại báo cáo cần ghi rõ lý do. (A return needs a reason.)");
        }

        var actor = user.Identity?.Name ?? "?";
        report.Events.Add(new ReportEvent { At = now, Actor = actor, Action = to.ToString().ToLowerInvariant(), From = report.State, To = to, Comment = request.Reason?.Trim() });
        report.State = to;
        switch (to)
        {
            case ReportState.Submitted or ReportState.Resubmitted:
                report.SubmittedAt ??= now;
                report.LastSubmittedAt = now;
                break;
            case ReportState.Returned:
                report.ReturnReason = request.Reason!.Trim();
                break;
            case ReportState.Accepted:
                report.AcceptedAt = now;
                report.AcceptedBy = actor;
                break;
        }

        return await SaveChangesAsync(report, user, now, cancellationToken);
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
            return UseCaseResult.Invalid("Cho phép nhập muộn cần thời hạn trong tương lai và lý do. (Needs a future time limit and a reason.)");
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
            return UseCaseResult.Invalid("Chưa chọn tệp (no file was sent).");
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
            ? (null, null, UseCaseResult.NotFound($"Không có tệp {attachmentId} (no such attachment)."))
            : (attachment, files.Open(attachment.StoredPath), null);
    }

    private async Task<(UnitReport? Report, UseCaseResult? Refusal)> OpenAsync(
        int year, string unitCode, ClaimsPrincipal user, bool needWrite, int? version, CancellationToken cancellationToken, bool needReview = false)
    {
        var access = ReportAccess.For(user, unitCode);
        if ((needWrite && !access.CanWrite) || (needReview && !access.CanReview) || !access.CanRead)
        {
            return (null, UseCaseResult.Forbidden("Bạn không có quyền với báo cáo này. (You may not do this with this report.)"));
        }

        var report = await LoadAsync(year, unitCode, cancellationToken);
        if (report is null)
        {
            return (null, UseCaseResult.NotFound($"Không có báo cáo năm {year} của đơn vị {unitCode}. (No such report.)"));
        }

        if (version is { } v && v != report.Version)
        {
            return (null, UseCaseResult.Conflict($"Báo cáo đã được người khác lưu (phiên bản {report.Version}, bạn đang sửa phiên bản {v}); hãy tải lại để không ghi đè. (Saved by someone else since you opened it.)"));
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
            return UseCaseResult.Conflict("Báo cáo vừa được người khác lưu; hãy tải lại. (Saved by someone else at the same moment.)");
        }
    }

    private static List<string> Validate(UnitReport report, SaveRequest request)
    {
        var errors = new List<string>();
        foreach (var text in new[] { request.Narrative, request.Difficulties, request.Proposals }.Concat((request.Tasks ?? []).SelectMany(t => new[] { t.Results, t.Difficulties, t.Proposals })))
        {
            if (text is { Length: > 20000 })
            {
                errors.Add("Một ô văn bản dài quá 20.000 ký tự. (A text is longer than 20,000 characters.)");
                break;
            }
        }

        foreach (var input in request.Tasks ?? [])
        {
            if (report.Tasks.All(t => t.PlanItemId != input.PlanItemId))
            {
                errors.Add($"Nhiệm vụ {input.PlanItemId} không thuộc báo cáo này. (Task {input.PlanItemId} is not in this report.)");
            }

            if (!Enum.IsDefined(input.Status))
            {
                errors.Add("Trạng thái nhiệm vụ không hợp lệ. (Unknown task status.)");
            }
        }

        foreach (var input in request.Indicators ?? [])
        {
            if (report.Indicators.All(i => i.Indicator.Code != input.Code))
            {
                errors.Add($"Chỉ tiêu {input.Code} không thuộc báo cáo này. (Indicator {input.Code} is not in this report.)");
                continue;
            }

            if (input.Numerator < 0 || input.Denominator < 0 || input.Value is < 0 or > 100)
            {
                errors.Add($"Chỉ tiêu {input.Code}: số liệu phải không âm và tỷ lệ từ 0 đến 100%. (Values must be non-negative, the rate 0–100%.)");
            }

            if (input.Numerator is { } n && input.Denominator is { } d && n > d)
            {
                errors.Add($"Chỉ tiêu {input.Code}: tử số ({n}) lớn hơn mẫu số ({d}). (Numerator greater than denominator.)");
            }
        }

        return errors;
    }
}
