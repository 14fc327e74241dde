using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Tasks;

namespace TheoDoi.Plans;

/// <summary>
/// Who holds a sub-task the built-in plan adds under a task an installation already follows (issue 9:
/// 3.4 and 3.5 got their sub-tasks after installations had been running): the parent's holders as
/// they stand in that installation, edits included, so nobody has to assign the new sub-tasks again.
/// </summary>
internal static class InheritedHolders
{
    /// <summary>Loads the holders (coordinating units, assignments) of the plan's items already stored.</summary>
    public static async Task LoadAsync(AppDbContext db, Plan plan, IReadOnlySet<string> existing, CancellationToken cancellationToken)
    {
        if (plan.Id == 0 || existing.Count == 0)
        {
            return;
        }

        // Tracked query: the items are the plan's own instances, now with their holders loaded.
        await db.PlanItems
            .Where(i => i.PlanId == plan.Id)
            .Include(i => i.CoordinatingUnits)
            .Include(i => i.Assignments)
            .AsSplitQuery()
            .LoadAsync(cancellationToken);
    }

    public static void CopyTo(PlanItem child, PlanItem parent)
    {
        child.LeadUnit = null;
        child.LeadUnitId = parent.LeadUnitId;
        child.LeadScope = parent.LeadScope;
        child.CoordinatingScope = parent.CoordinatingScope;
        child.CoordinatingUnits.Clear();
        child.CoordinatingUnits.AddRange(parent.CoordinatingUnits);
        // Open assignments only: who held the parent before (and why it passed on) stays the parent's history.
        foreach (var held in parent.Assignments.Where(a => a.ValidTo is null))
        {
            child.Assignments.Add(new TaskAssignment
            {
                UnitId = held.UnitId,
                Role = held.Role,
                ValidFrom = held.ValidFrom,
                Origin = $"theo nhiệm vụ {parent.Code}",
            });
        }
    }
}
