using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Texts;
using TheoDoi.Data;
using TheoDoi.Reporting;
using TheoDoi.Shared;
using TheoDoi.Tasks;
using TheoDoi.Water;

namespace TheoDoi.Web;

/// <summary>
/// "What waits for me" on the home page, per role: each item a count, a sentence and where to act.
/// Reporter: its unit's overdue and due-soon tasks and its report to fill or returned. Coordinator:
/// reports awaiting review and overdue tasks. Steward: unvalidated imports and new alerts. Leader:
/// overdue and behind-pace tasks. Admin: locked accounts.
/// </summary>
public static class WaitingWork
{
    public sealed record Item(string Key, int Count, Bilingual Text, string Link);

    public const int DueSoonDays = 30;

    public static async Task<IReadOnlyList<Item>> ForAsync(AppDbContext db, ClaimsPrincipal user, TaskBoard? board, DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        var items = new List<Item>();
        var leaves = board?.Rows.Where(r => r.IsLeaf).ToList() ?? [];
        if (user.IsInRole(Roles.Reporter) && user.UnitCode() is { } unit)
        {
            var own = leaves.Where(r => r.LeadUnits.Any(u => Codes.Same(u.Code, unit))).ToList();
            var overdue = own.Count(r => r.Flags.Overdue);
            var soon = own.Count(r => !r.Flags.Overdue && !r.Flags.IsDone && r.Flags.Due is { } due && due >= today && due.DayNumber - today.DayNumber <= DueSoonDays);
            items.Add(new("unit-overdue", overdue, new($"nhiệm vụ của đơn vị đã quá hạn", "of your unit's tasks are overdue"), $"/tasks?unit={unit}&overdue=true"));
            items.Add(new("unit-due-soon", soon, new($"nhiệm vụ của đơn vị đến hạn trong {DueSoonDays} ngày", $"of your unit's tasks are due within {DueSoonDays} days"), $"/tasks?unit={unit}&dueWithin={DueSoonDays}"));
            var reports = await db.UnitReports.AsNoTracking().WithCode(r => r.Unit.Code, unit)
                .Where(r => r.State == ReportState.Draft || r.State == ReportState.Returned)
                .Select(r => new { r.Cycle.Year, r.State }).ToListAsync(cancellationToken);
            foreach (var report in reports.OrderByDescending(r => r.Year))
            {
                items.Add(report.State == ReportState.Returned
                    ? new($"report-returned-{report.Year}", 1, new($"báo cáo năm {report.Year} bị trả lại, cần sửa và gửi lại", $"report {report.Year} was returned: correct and resubmit it"), $"/reporting/{report.Year}/{unit}")
                    : new($"report-draft-{report.Year}", 1, new($"báo cáo năm {report.Year} chưa gửi", $"report {report.Year} not yet submitted"), $"/reporting/{report.Year}/{unit}"));
            }
        }

        if (user.IsInRole(Roles.Coordinator))
        {
            var waiting = await db.UnitReports.AsNoTracking()
                .Where(r => r.State == ReportState.Submitted || r.State == ReportState.Resubmitted)
                .GroupBy(r => r.Cycle.Year).Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var year in waiting.OrderByDescending(w => w.Year))
            {
                items.Add(new($"review-{year.Year}", year.Count, new($"báo cáo năm {year.Year} đã gửi, chờ xem xét", $"report(s) of {year.Year} submitted, awaiting review"), $"/reporting/{year.Year}"));
            }

            items.Add(new("overdue", leaves.Count(r => r.Flags.Overdue), new("nhiệm vụ quá hạn", "overdue tasks"), "/tasks?overdue=true"));
        }

        if (user.IsInRole(Roles.DataSteward))
        {
            var raw = await db.WaterImportBatches.AsNoTracking().CountAsync(b => b.Qc == QcState.Raw && b.Inserted + b.Updated > 0, cancellationToken);
            var since = now.UtcDateTime.AddDays(-7);
            var alerts = await db.WaterAlerts.AsNoTracking().CountAsync(a => a.CreatedAt >= since, cancellationToken);
            items.Add(new("imports-to-validate", raw, new("lô nhập chưa kiểm định, cần kiểm định hoặc loại trên trang trạm", "imported batches not yet validated: validate or reject them on the station pages"), "/water/import"));
            items.Add(new("new-alerts", alerts, new("cảnh báo vượt ngưỡng mới trong 7 ngày", "new exceedance alerts in the last 7 days"), "/water/alerts"));
        }

        if (user.IsInRole(Roles.Leader))
        {
            items.Add(new("overdue", leaves.Count(r => r.Flags.Overdue), new("nhiệm vụ quá hạn", "overdue tasks"), "/tasks?overdue=true"));
            items.Add(new("behind-pace", leaves.Count(r => r.Flags.BehindPace), new("nhiệm vụ chậm tiến độ", "tasks behind pace"), "/tasks?behindPace=true"));
        }

        if (user.IsInRole(Roles.Admin))
        {
            // SQLite cannot compare DateTimeOffset in SQL; the locked accounts are few.
            var lockouts = await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd).ToListAsync(cancellationToken);
            var locked = lockouts.Count(end => end > now);
            items.Add(new("locked-accounts", locked, new("tài khoản đang bị khóa", "locked accounts"), "/admin/users"));
        }

        return items.DistinctBy(i => i.Key).ToList();
    }
}
