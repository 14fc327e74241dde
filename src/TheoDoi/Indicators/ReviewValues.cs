using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Data;

namespace TheoDoi.Indicators;

/// <summary>The coordinator approves submitted values, or returns them to the unit with a reason.</summary>
public sealed class ReviewValues(AppDbContext db, TimeProvider clock)
{
    public sealed record Request(IReadOnlyList<int>? Ids, bool Approve, string? Reason = null);

    public sealed record Result(SaveValues.Outcome Outcome, IReadOnlyList<string> Errors, int Count);

    public async Task<Result> RunAsync(string code, Request request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        if (!(user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin)))
        {
            return new(SaveValues.Outcome.Forbidden, ["Chỉ Vụ Kế hoạch - Tài chính mới duyệt số liệu (only the coordinator reviews values)."], 0);
        }

        var ids = request.Ids ?? [];
        var values = await db.IndicatorValues.Include(v => v.Indicator)
            .Where(v => ids.Contains(v.Id) && v.Indicator.Code.ToUpper() == Web.Codes.Key(code)).ToListAsync(cancellationToken);
        if (ids.Count == 0 || values.Count != ids.Distinct().Count())
        {
            return new(SaveValues.Outcome.NotFound, [$"Không tìm thấy giá trị cần duyệt của chỉ tiêu {code} (no such values)."], 0);
        }

        if (!request.Approve && string.IsNullOrWhiteSpace(request.Reason))
        {
            return new(SaveValues.Outcome.Invalid, ["Trả lại cần ghi lý do (returning needs a reason)."], 0);
        }

        var wrong = values.Where(v => v.State == ValueState.Approved && request.Approve).ToList();
        if (wrong.Count > 0)
        {
            return new(SaveValues.Outcome.Invalid, [$"{wrong.Count} giá trị đã được duyệt trước đó ({wrong.Count} already approved)."], 0);
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
        return new(SaveValues.Outcome.Saved, [], values.Count);
    }
}
