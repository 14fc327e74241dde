using System.Security.Claims;
using TheoDoi.Shared;

namespace TheoDoi.Reporting;

/// <summary>Files attached to a report: added while the unit may edit it, read by whoever may read the report.</summary>
public sealed partial class ReportEditing
{
    /// <summary>Attaches a file to the report while the unit may edit it (same checks as task evidence).</summary>
    public async Task<UseCaseResult> AttachAsync(int year, string unitCode, IFormFile? file, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(year, unitCode, user, needWrite: true, null, cancellationToken);
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
    public async Task<UseCaseResult<(ReportAttachment Attachment, Stream Content)>> OpenAttachmentAsync(int year, string unitCode, int attachmentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(year, unitCode, user, needWrite: false, null, cancellationToken);
        if (!opened.IsDone)
        {
            return opened.Status;
        }

        var report = opened.Done();

        var attachment = report.Attachments.SingleOrDefault(a => a.Id == attachmentId);
        return attachment is null || files is null
            ? UseCaseResult.NotFound($"Không có tệp {attachmentId}.", $"There is no attachment {attachmentId}.")
            : UseCaseResult.Done((attachment, files.Open(attachment.StoredPath)));
    }
}
