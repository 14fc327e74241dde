using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Units;
using TheoDoi.Web;

namespace TheoDoi.Tasks;

/// <summary>Attaches an evidence file to a task, for the units that may update it.</summary>
public sealed class AddEvidence(AppDbContext db, EvidenceFiles files, TimeProvider clock)
{
    public async Task<UseCaseResult> RunAsync(int id, IFormFile? file, string? description, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var item = await db.PlanItems.Include(i => i.Assignments).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return UseCaseResult.NotFound($"Không có nhiệm vụ {id} (no task {id}).");
        }

        var units = (await UnitDirectory.LoadAsync(db, cancellationToken)).ById;
        var access = TaskAccess.For(user, item, units, VietnamTime.Today(clock));
        if (!access.CanEditTask && !access.CanEditPart)
        {
            return UseCaseResult.Forbidden("Bạn không được thêm minh chứng cho nhiệm vụ này (you may not add evidence to this task).");
        }

        if (file is null)
        {
            return UseCaseResult.Invalid("Chưa chọn tệp (no file was sent).");
        }

        if (description is { Length: > 500 })
        {
            return UseCaseResult.Invalid("Mô tả quá dài (tối đa 500 ký tự) (description longer than 500 characters).");
        }

        await using var stream = file.OpenReadStream();
        var (stored, error) = await files.SaveAsync(file.FileName, file.Length, stream, cancellationToken);
        if (stored is null)
        {
            return UseCaseResult.Invalid(error!);
        }

        db.TaskEvidence.Add(new TaskEvidence
        {
            PlanItemId = id,
            FileName = stored.FileName,
            StoredPath = stored.StoredPath,
            ContentType = stored.ContentType,
            Size = stored.Size,
            Sha256 = stored.Sha256,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            UnitCode = user.UnitCode(),
            UploadedAt = clock.GetUtcNow().UtcDateTime,
            UploadedBy = user.Identity?.Name ?? "?",
        });
        await db.SaveChangesAsync(cancellationToken);
        return UseCaseResult.Ok;
    }
}
