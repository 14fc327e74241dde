using System.Security.Claims;
using TheoDoi.Shared;

namespace TheoDoi.Reporting;

/// <summary>The workflow's transitions: submit (with the content on the screen), return, accept, and late-entry exceptions.</summary>
public sealed partial class ReportEditing
{
    /// <summary>
    /// Submits (or resubmits a returned report) with the content on the screen: one load, one
    /// transaction — the content and the transition are saved together or not at all.
    /// </summary>
    public async Task<UseCaseResult> SubmitAsync(int year, string unitCode, SaveRequest? content, int? version, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(year, unitCode, user, needWrite: true, content?.Version ?? version, cancellationToken);
        if (!opened.IsDone)
        {
            return opened.Status;
        }

        var report = opened.Done();

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
        if (to is ReportState.Submitted or ReportState.Resubmitted)
        {
            return await SubmitAsync(year, unitCode, null, request.Version, user, cancellationToken);
        }

        var opened = await OpenAsync(year, unitCode, user, needWrite: false, request.Version, cancellationToken, needReview: true);
        if (!opened.IsDone)
        {
            return opened.Status;
        }

        var report = opened.Done();

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
        var opened = await OpenAsync(year, unitCode, user, needWrite: false, null, cancellationToken, needReview: true);
        if (!opened.IsDone)
        {
            return opened.Status;
        }

        var report = opened.Done();

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
}
