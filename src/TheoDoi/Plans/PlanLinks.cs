using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Plans;

/// <summary>
/// Both sides of <see cref="PlanItemLink"/>: what a task serves (a project, an indicator, a page),
/// and which tasks serve a project or an indicator. The one reader, for the pages and the API alike.
/// </summary>
public static class PlanLinks
{
    /// <summary>Something a task serves, with where it is in TheoDoi.</summary>
    /// <param name="Target">The project's outline code, the indicator's code or the page's path.</param>
    /// <param name="Href">The project's task page, /indicators/{code}, or the page itself.</param>
    public sealed record Served(PlanItemLinkKind Kind, string Target, string Title, string? TitleEn, string Href);

    /// <summary>A task that serves a project or an indicator.</summary>
    public sealed record ServedBy(int Id, string Code, string Title, string? TitleEn);

    public static async Task<IReadOnlyList<Served>> ServesAsync(AppDbContext db, int planItemId, CancellationToken cancellationToken = default)
    {
        var links = await db.Set<PlanItemLink>().AsNoTracking()
            .Where(l => l.PlanItemId == planItemId)
            .Include(l => l.TargetItem)
            .OrderBy(l => l.Id)
            .ToListAsync(cancellationToken);
        // Projects, then indicators, then pages: by the enum's order in memory (the column may hold its name).
        links = [.. links.OrderBy(l => (int)l.Kind)];
        var codes = links.Where(l => l.Kind == PlanItemLinkKind.Indicator).Select(l => Codes.Key(l.Target)).ToList();
        var indicators = codes.Count == 0 ? [] : await db.Indicators.AsNoTracking()
            .Select(i => new { i.Code, i.Name, i.NameEn })
            .ToListAsync(cancellationToken);
        return links.Select(l => l.Kind switch
        {
            PlanItemLinkKind.Project when l.TargetItem is { } project =>
                new Served(l.Kind, project.Code, project.Title, project.TitleEn, $"/tasks/{project.Id}"),
            PlanItemLinkKind.Indicator when indicators.FirstOrDefault(i => Codes.Same(i.Code, l.Target)) is { } indicator =>
                new Served(l.Kind, indicator.Code, indicator.Name, indicator.NameEn, $"/indicators/{indicator.Code}"),
            PlanItemLinkKind.Indicator => new Served(l.Kind, l.Target, l.Title ?? l.Target, l.TitleEn, $"/indicators/{l.Target}"),
            _ => new Served(l.Kind, l.Target, l.Title ?? l.Target, l.TitleEn, l.Target),
        }).ToList();
    }

    /// <summary>The tasks serving a project (by its plan item id), in outline order.</summary>
    public static Task<IReadOnlyList<ServedBy>> ServingProjectAsync(AppDbContext db, int projectId, CancellationToken cancellationToken = default) =>
        ServingAsync(db.Set<PlanItemLink>().Where(l => l.Kind == PlanItemLinkKind.Project && l.TargetItemId == projectId), cancellationToken);

    /// <summary>The tasks serving an indicator (its code in any case), in outline order.</summary>
    public static Task<IReadOnlyList<ServedBy>> ServingIndicatorAsync(AppDbContext db, string code, CancellationToken cancellationToken = default) =>
        ServingAsync(db.Set<PlanItemLink>().Where(l => l.Kind == PlanItemLinkKind.Indicator).WithCode(l => l.Target, code), cancellationToken);

    private static async Task<IReadOnlyList<ServedBy>> ServingAsync(IQueryable<PlanItemLink> links, CancellationToken cancellationToken)
    {
        var tasks = await links.AsNoTracking()
            .Select(l => new ServedBy(l.PlanItem.Id, l.PlanItem.Code, l.PlanItem.Title, l.PlanItem.TitleEn))
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. tasks.OrderBy(t => t.Code, Tasks.OutlineOrder.Instance)];
    }
}
