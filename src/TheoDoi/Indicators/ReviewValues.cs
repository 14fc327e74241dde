using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Indicators;

/// <summary>The coordinator approves submitted values, or returns them to the unit with a reason.</summary>
public sealed class ReviewValues(AppDbContext db, TimeProvider clock)
{
    public sealed record Request(IReadOnlyList<int>? Ids, bool Approve, string? Reason = null);

    /// <returns>Done with the number of values reviewed.</returns>
    public async Task<UseCaseResult<int>> RunAsync(string code, Request request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!(user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin)))
        {
            return UseCaseResult.Forbidden("Chỉ Vụ Kế hoạch - Tài chính mới duyệt số liệu.", "Only the coordinator reviews values.");
        }

        var ids = request.Ids ?? [];
        var values = await db.IndicatorValues.Include(v => v.Indicator)
            .Where(v => ids.Contains(v.Id)).WithCode(v => v.Indicator.Code, code).ToListAsync(cancellationToken);
        if (ids.Count == 0 || values.Count != ids.Distinct().Count())
        {
            return UseCaseResult.NotFound($"Không tìm thấy giá trị cần duyệt của chỉ tiêu {code}.", $"No such values of indicator {code} to review.");
        }

        if (!request.Approve && string.IsNullOrWhiteSpace(request.Reason))
        {
            return UseCaseResult.Invalid("Trả lại cần ghi lý do.", "Returning values needs a reason.");
        }

        var wrong = values.Where(v => v.State == ValueState.Approved && request.Approve).ToList();
        if (wrong.Count > 0)
        {
            return UseCaseResult.Invalid($"{wrong.Count} giá trị đã được duyệt trước đó.", $"{wrong.Count} value(s) already approved.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var value in values)
        {
            value.State = request.Approve ? ValueState.Approved : ValueState.Draft;
            value.ReviewedBy = user.Identity?.Name;
            value.ReviewedAt = now;
            value.ReturnReason = request.Approve ? null : request.Reason!.Trim();
            value.Version++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return UseCaseResult.Done(values.Count);
    }
}
