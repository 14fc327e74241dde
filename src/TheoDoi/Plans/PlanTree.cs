using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Indicators;

namespace TheoDoi.Plans;

/// <summary>A plan with its items arranged as a tree (one query per table, then linked in memory).</summary>
public sealed record PlanTree(Plan Plan, IReadOnlyList<PlanNode> Roots, IReadOnlyList<Indicator> Indicators)
{
    public IEnumerable<PlanNode> All => Roots.SelectMany(r => r.SelfAndDescendants);

    public static async Task<PlanTree?> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken = default)
    {
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Bases)
            .Include(p => p.IssuerUnit)
            .Include(p => p.ReportRecipientUnit)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var items = await db.PlanItems.AsNoTracking()
            .Where(i => i.PlanId == id)
            .Include(i => i.LeadUnit)
            .Include(i => i.CoordinatingUnits)
            .Include(i => i.ReportToUnit)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking()
            .Include(i => i.Targets)
            .Include(i => i.ResponsibleUnit)
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);

        var byParent = items.ToLookup(i => i.ParentId);
        IReadOnlyList<PlanNode> Build(int? parentId) =>
            byParent[parentId].OrderBy(i => i.Order).Select(i => new PlanNode(i, Build(i.Id))).ToList();
        return new PlanTree(plan, Build(null), indicators);
    }
}

public sealed record PlanNode(PlanItem Item, IReadOnlyList<PlanNode> Children)
{
    public IEnumerable<PlanNode> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);
}
