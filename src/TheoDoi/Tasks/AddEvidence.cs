using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Tasks;

/// <summary>Attaches an evidence file to a task, for the units that may update it.</summary>
public sealed class AddEvidence(AppDbContext db, EvidenceFiles files, TimeProvider clock)
{
    public async Task<UseCaseResult<TaskEvidence>> RunAsync(int id, IFormFile? file, string? description, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var item = await db.PlanItems.Include(i => i.Assignments).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        // Evidence proves a task's progress; a plan group has none of its own and would never show it.
        if (item is null || item.Kind is not (Plans.PlanItemKind.Task or Plans.PlanItemKind.SubTask or Plans.PlanItemKind.Project))
        {
            return UseCaseResult.NotFound($"Không có nhiệm vụ {id}.", $"No task {id}.");
        }

        var units = (await UnitDirectory.LoadAsync(db, cancellationToken)).ById;
        var access = TaskAccess.For(user, item, units, VietnamTime.Today(clock));
        if (!access.CanEditTask && !access.CanEditPart)
        {
            return UseCaseResult.Forbidden("Bạn không được thêm minh chứng cho nhiệm vụ này.", "You may not add evidence to this task.");
        }

        if (file is null)
        {
            return UseCaseResult.Invalid("Chưa chọn tệp minh chứng.", "No evidence file was sent.");
        }

        if (description is { Length: > 500 })
        {
            return UseCaseResult.Invalid("Mô tả quá dài (tối đa 500 ký tự).", "The description is longer than 500 characters.");
        }

        await using var stream = file.OpenReadStream();
        var (stored, error) = await files.SaveAsync(file.FileName, file.Length, stream, cancellationToken);
        if (stored is null)
        {
            return UseCaseResult.Invalid(error!);
        }

        var evidence = new TaskEvidence
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
        };
        db.TaskEvidence.Add(evidence);
        await db.SaveChangesAsync(cancellationToken);
        return UseCaseResult.Done(evidence);
    }
}
