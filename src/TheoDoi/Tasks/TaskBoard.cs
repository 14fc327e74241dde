using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Data;
using TheoDoi.Plans;
using TheoDoi.Units;

namespace TheoDoi.Tasks;

/// <summary>
/// Every tracked item of a plan (tasks, sub-tasks, projects) with today's holders and the derived
/// flags, loaded in a few queries and computed in memory. Shared by the list, the timeline, the task
/// page, the API and the export.
/// </summary>
public sealed class TaskBoard
{
    private TaskBoard(Plan plan, List<TaskRow> rows, List<GroupRollup> groups, TaskFlags.Rollup planRollup, UnitDirectory units, DateOnly today)
    {
        Plan = plan;
        Rows = rows;
        Groups = groups;
        PlanRollup = planRollup;
        Units = units;
        Today = today;
    }

    public Plan Plan { get; }
    public IReadOnlyList<TaskRow> Rows { get; }
    public IReadOnlyList<GroupRollup> Groups { get; }
    public TaskFlags.Rollup PlanRollup { get; }
    public UnitDirectory Units { get; }
    public DateOnly Today { get; }

    public sealed record GroupRollup(PlanItem Group, TaskFlags.Rollup Rollup);

    public static async Task<TaskBoard?> LoadAsync(AppDbContext db, DateOnly today, int? planId = null, CancellationToken cancellationToken = default)
    {
        var plan = planId is { } id
            ? await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await db.Plans.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var items = await db.PlanItems.AsNoTracking()
            .Where(i => i.PlanId == plan.Id)
            .Include(i => i.Assignments)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var units = await UnitDirectory.LoadAsync(db, cancellationToken);
        var byId = items.ToDictionary(i => i.Id);
        var parentIds = items.Where(i => i.ParentId is not null).Select(i => i.ParentId!.Value).ToHashSet();

        PlanItem? GroupOf(PlanItem item)
        {
            var current = item;
            while (current.ParentId is { } parent)
            {
                current = byId[parent];
            }

            return current == item ? null : current;
        }

        var rows = items
            .Where(i => i.Kind is PlanItemKind.Task or PlanItemKind.SubTask or PlanItemKind.Project)
            .Select(i => TaskRow.Create(i, GroupOf(i), !parentIds.Contains(i.Id), units, today))
            .OrderBy(r => r.Item.Code, OutlineOrder.Instance)
            .ToList();
        var leaves = rows.Where(r => r.IsLeaf).ToList();
        var groups = items
            .Where(i => i.ParentId is null)
            .OrderBy(i => i.Order)
            .Select(g => new GroupRollup(g, TaskFlags.Roll(leaves.Where(r => r.Group?.Id == g.Id))))
            .ToList();
        return new TaskBoard(plan, rows, groups, TaskFlags.Roll(leaves), units, today);
    }

    public TaskRow? Find(int id) => Rows.FirstOrDefault(r => r.Item.Id == id);

    /// <summary>
    /// The sub-tasks of a task and their roll-up (the same rule as a group's, over the leaves below
    /// it); null for a task without sub-tasks. A parent's own recorded status and progress are kept
    /// as its history, but its progress in the roll-ups is its sub-tasks'.
    /// </summary>
    public (IReadOnlyList<TaskRow> Children, TaskFlags.Rollup Rollup)? ChildrenOf(PlanItem parent)
    {
        var children = Rows.Where(r => r.Item.ParentId == parent.Id).ToList();
        if (children.Count == 0)
        {
            return null;
        }

        var below = new HashSet<int>();
        var frontier = new Queue<int>([parent.Id]);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var child in Rows.Where(r => r.Item.ParentId == id && below.Add(r.Item.Id)))
            {
                frontier.Enqueue(child.Item.Id);
            }
        }

        return (children, TaskFlags.Roll(Rows.Where(r => r.IsLeaf && below.Contains(r.Item.Id))));
    }

    /// <summary>
    /// The one answer to "how many tasks": the items work is tracked on — tasks without sub-tasks,
    /// sub-tasks and projects (a task with sub-tasks is counted through them). The home page, the
    /// roll-ups and the list all count this way, as progress and overdue counts do.
    /// </summary>
    public static int CountTasks(IEnumerable<TaskRow> rows) => rows.Count(r => r.IsLeaf);

    /// <inheritdoc cref="CountTasks"/>
    public int TaskCount => CountTasks(Rows);
}

/// <summary>One tracked item with who holds it today and its derived flags.</summary>
public sealed record TaskRow(
    PlanItem Item, PlanItem? Group, bool IsLeaf, IReadOnlyList<Unit> LeadUnits, IReadOnlyList<Unit> CoordinatingUnits,
    IReadOnlyDictionary<int, Unit> UnitsById, TaskFlags Flags, Bilingual Explanation)
{
    public static TaskRow Create(PlanItem item, PlanItem? group, bool isLeaf, UnitDirectory units, DateOnly today)
    {
        var open = item.Assignments.Where(a => a.IsOpenOn(today)).ToList();
        var flags = TaskFlags.For(item, today);
        return new TaskRow(
            item, group, isLeaf,
            open.Where(a => a.Role == AssignmentRole.Lead).Select(a => units.ById[a.UnitId]).ToList(),
            open.Where(a => a.Role == AssignmentRole.Coordinating).Select(a => units.ById[a.UnitId]).ToList(),
            units.ById,
            flags,
            flags.Explain(item, today));
    }

    /// <summary>Whether a unit (by code) holds the task today, as lead or coordinating unit.</summary>
    public bool HeldBy(string unitCode) =>
        LeadUnits.Any(u => Shared.Codes.Same(u.Code, unitCode)) || CoordinatingUnits.Any(u => Shared.Codes.Same(u.Code, unitCode));
}

/// <summary>Sorts outline codes as numbers: 2.10 after 2.9, 5.3.1 after 5.3.</summary>
public sealed class OutlineOrder : IComparer<string>
{
    public static readonly OutlineOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n)
                ? m.CompareTo(n)
                : string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
