using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Plans;

/// <summary>
/// Loads the <c>serves</c> of Seed/plan-512.json as <see cref="PlanItemLink"/>s. Only missing links
/// are added (by task, kind and target), so running it again changes nothing and a link already
/// stored is never rewritten.
/// </summary>
internal static class PlanLinkSeed
{
    public static async Task LoadAsync(AppDbContext db, Plan plan, IEnumerable<PlanSeed.ItemRow> rows, CancellationToken cancellationToken)
    {
        var items = plan.Items.ToDictionary(i => i.Code);
        var stored = (await db.Set<PlanItemLink>().AsNoTracking()
                .Where(l => l.PlanItem.PlanId == plan.Id)
                .Select(l => new { l.PlanItemId, l.Kind, l.Target })
                .ToListAsync(cancellationToken))
            .Select(l => (l.PlanItemId, l.Kind, l.Target))
            .ToHashSet();
        var added = false;
        foreach (var row in rows.Where(r => r.Serves is { Count: > 0 }))
        {
            var item = items[row.Code];
            foreach (var serves in row.Serves!)
            {
                var kind = ParseKind(serves.Kind);
                if (stored.Contains((item.Id, kind, serves.Target)))
                {
                    continue;
                }

                var target = kind == PlanItemLinkKind.Project
                    ? items.TryGetValue(serves.Target, out var project) && project.Kind == PlanItemKind.Project ? project
                        : throw new InvalidOperationException($"plan-512.json: {row.Code} serves '{serves.Target}', which is not one of the plan's projects.")
                    : null;
                if (kind == PlanItemLinkKind.Page && !serves.Target.StartsWith('/'))
                {
                    throw new InvalidOperationException($"plan-512.json: {row.Code} serves page '{serves.Target}', which is not a path within TheoDoi.");
                }

                db.Set<PlanItemLink>().Add(new PlanItemLink
                {
                    PlanItemId = item.Id,
                    Kind = kind,
                    TargetItemId = target?.Id,
                    Target = serves.Target,
                    Title = serves.Title,
                    TitleEn = serves.TitleEn,
                });
                stored.Add((item.Id, kind, serves.Target));
                added = true;
            }
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static PlanItemLinkKind ParseKind(string kind) => kind switch
    {
        "project" => PlanItemLinkKind.Project,
        "indicator" => PlanItemLinkKind.Indicator,
        "page" => PlanItemLinkKind.Page,
        _ => throw new InvalidOperationException($"plan-512.json: unknown kind of link '{kind}'."),
    };
}
