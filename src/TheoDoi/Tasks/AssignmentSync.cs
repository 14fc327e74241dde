using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Plans;
using TheoDoi.Units;

namespace TheoDoi.Tasks;

/// <summary>
/// Keeps task assignments in step with the plan and with unit successions: the plan's lead and
/// coordinating units get their assignments; when a unit ends (merger, rename), its open tasks pass
/// to its successors from the succession date, and the old assignment keeps its dates as history.
/// Idempotent: run at start and by the daily job.
/// </summary>
public static class AssignmentSync
{
    public const string Actor = "system:succession";

    /// <returns>How many assignments were opened or closed.</returns>
    public static async Task<int> RunAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        using var _ = AuditActor.As(Actor);
        var items = await db.PlanItems
            .Include(i => i.Plan)
            .Include(i => i.CoordinatingUnits)
            .Include(i => i.Assignments)
            .Where(i => i.LeadUnitId != null || i.CoordinatingUnits.Any())
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var changes = 0;

        foreach (var item in items.Where(i => i.Assignments.Count == 0))
        {
            var from = item.StartDate ?? item.Plan.IssuedOn;
            var origin = "Kế hoạch " + item.Plan.Number;
            if (item.LeadUnitId is { } lead)
            {
                item.Assignments.Add(new TaskAssignment { UnitId = lead, Role = AssignmentRole.Lead, ValidFrom = from, Origin = origin });
                changes++;
            }

            foreach (var unit in item.CoordinatingUnits)
            {
                item.Assignments.Add(new TaskAssignment { UnitId = unit.Id, Role = AssignmentRole.Coordinating, ValidFrom = from, Origin = origin });
                changes++;
            }
        }

        foreach (var item in items.Where(i => i.Status != WorkStatus.Done))
        {
            changes += PassToSuccessors(item, directory, today);
        }

        await db.SaveChangesAsync(cancellationToken);
        return changes;
    }

    private static int PassToSuccessors(PlanItem item, UnitDirectory directory, DateOnly today)
    {
        var changes = 0;
        // Follow chains (Đồng Nai province → Đồng Nai city) until nothing more moves.
        bool moved;
        do
        {
            moved = false;
            foreach (var assignment in item.Assignments.Where(a => a.ValidTo is null).ToList())
            {
                var unit = directory.ById[assignment.UnitId];
                if (unit.ValidTo is not { } ended || ended >= today)
                {
                    continue;
                }

                var links = directory.SuccessorsOf(unit).Where(l => l.Effective <= today).ToList();
                assignment.ValidTo = ended;
                changes++;
                moved = true;
                foreach (var link in links.Where(l => !item.Assignments.Any(a => a.UnitId == l.SuccessorId && a.ValidTo is null)))
                {
                    item.Assignments.Add(new TaskAssignment
                    {
                        UnitId = link.SuccessorId,
                        Role = assignment.Role,
                        ValidFrom = link.Effective,
                        Origin = $"kế thừa từ {unit.Code} ({link.LegalBasis})",
                        PartProgress = assignment.PartProgress,
                        PartNote = assignment.PartNote,
                    });
                    changes++;
                }
            }
        }
        while (moved);

        return changes;
    }
}
