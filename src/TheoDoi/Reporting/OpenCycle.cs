using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Reporting;
using TheoDoi.Core.Texts;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Tasks;
using TheoDoi.Units;

namespace TheoDoi.Reporting;

/// <summary>
/// Opens a year's reporting cycle with its window and deadline (defaults from Decree 09/2019 and the
/// plan), and creates one report per required unit — by default every unit holding a task of the plan
/// that year, after effective-dated succession — pre-filled with the unit's tasks and indicators.
/// </summary>
public sealed class OpenCycle(AppDbContext db, TimeProvider clock)
{
    public sealed record Request(int Year, DateOnly? Deadline = null, DateOnly? WindowStart = null, DateOnly? WindowEnd = null, IReadOnlyList<string>? Units = null);

    /// <returns>Done with the new cycle, or the reasons it was not opened.</returns>
    public async Task<UseCaseResult<ReportingCycle>> RunAsync(Request request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return UseCaseResult.NotFound("Chưa có kế hoạch.", "There is no plan.");
        }

        var errors = new List<Bilingual>();
        if (request.Year < plan.StartYear || request.Year > plan.EndYear)
        {
            errors.Add(new(
                $"Năm {request.Year} ngoài thời gian thực hiện Kế hoạch ({plan.StartYear}–{plan.EndYear}).",
                $"The year {request.Year} is outside the plan's period ({plan.StartYear}–{plan.EndYear})."));
        }

        var window = request.Year is > 1 and < 9999 ? ReportingPeriod.Of(ReportingPeriodKind.Annual, request.Year).Window : default;
        var start = request.WindowStart ?? window.First;
        var end = request.WindowEnd ?? window.Last;
        var deadline = request.Deadline ?? (request.Year is > 0 and < 9999 ? new DateOnly(request.Year, plan.ReportDeadlineMonth, plan.ReportDeadlineDay) : default);
        if (start >= end)
        {
            errors.Add(new("Ngày bắt đầu kỳ số liệu phải trước ngày kết thúc.", "The data window must start before it ends."));
        }

        if (deadline < start)
        {
            errors.Add(new("Hạn nộp không thể trước khi kỳ số liệu bắt đầu.", "The deadline cannot precede the start of the data window."));
        }

        if (await db.ReportingCycles.AnyAsync(c => c.PlanId == plan.Id && c.Year == request.Year, cancellationToken))
        {
            return UseCaseResult.Conflict($"Kỳ báo cáo năm {request.Year} đã được mở.", $"The {request.Year} cycle is already open.");
        }

        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var holdings = await HoldingsAsync(directory, request.Year, deadline, cancellationToken);
        var units = holdings.Keys.ToList();
        if (request.Units is { Count: > 0 } codes)
        {
            units = [];
            foreach (var code in codes.Distinct())
            {
                if (directory.Timeline.Find(code, deadline) is { } period)
                {
                    units.Add(directory.ById[period.Id]);
                }
                else
                {
                    errors.Add(new($"Không có đơn vị mã {code} vào ngày {deadline:dd/MM/yyyy}.", $"There is no unit {code} on {deadline:dd/MM/yyyy}."));
                }
            }
        }

        if (errors.Count > 0)
        {
            return UseCaseResult.Invalid([.. errors]);
        }

        var indicators = await db.Indicators.ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var cycle = new ReportingCycle
        {
            PlanId = plan.Id,
            Year = request.Year,
            WindowStart = start,
            WindowEnd = end,
            Deadline = deadline,
            OpenedAt = now,
            OpenedBy = user.Identity?.Name ?? "?",
        };
        foreach (var unit in units.DistinctBy(u => u.Id))
        {
            var report = new UnitReport { UnitId = unit.Id, UpdatedAt = now };
            report.Tasks.AddRange(holdings.GetValueOrDefault(unit, []).Select(item => new ReportTaskEntry { PlanItemId = item.Id, Status = item.Status }));
            report.Indicators.AddRange(indicators
                .Where(i => i.ResponsibleUnitId is { } responsible && directory.HoldersOn(directory.ById[responsible], deadline).Any(h => h.Id == unit.Id))
                .Select(i => new ReportIndicatorEntry { IndicatorId = i.Id }));
            report.Events.Add(new ReportEvent { At = now, Actor = cycle.OpenedBy, Action = "opened", To = ReportState.Draft });
            cycle.Reports.Add(report);
        }

        db.ReportingCycles.Add(cycle);
        await db.SaveChangesAsync(cancellationToken);
        return UseCaseResult.Done(cycle);
    }

    /// <summary>For each unit holding a task on the deadline, the tasks it held during the year.</summary>
    private async Task<Dictionary<Unit, List<Plans.PlanItem>>> HoldingsAsync(UnitDirectory directory, int year, DateOnly deadline, CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var assignments = await db.TaskAssignments
            .Include(a => a.PlanItem)
            .Where(a => a.ValidFrom <= yearEnd && (a.ValidTo == null || a.ValidTo >= yearStart))
            .ToListAsync(cancellationToken);
        var result = new Dictionary<Unit, List<Plans.PlanItem>>();
        foreach (var assignment in assignments)
        {
            foreach (var holder in directory.HoldersOn(directory.ById[assignment.UnitId], deadline))
            {
                var items = result.TryGetValue(holder, out var list) ? list : result[holder] = [];
                if (!items.Contains(assignment.PlanItem))
                {
                    items.Add(assignment.PlanItem);
                }
            }
        }

        foreach (var list in result.Values)
        {
            list.Sort((a, b) => OutlineOrder.Instance.Compare(a.Code, b.Code));
        }

        return result;
    }
}
