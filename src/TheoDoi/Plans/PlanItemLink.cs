namespace TheoDoi.Plans;

/// <summary>What a task serves: one of the plan's projects, a 2030 indicator, or a page of TheoDoi.</summary>
public enum PlanItemLinkKind
{
    /// <summary>A project (Đề án) of the plan: <see cref="PlanItemLink.TargetItemId"/>.</summary>
    Project,

    /// <summary>An indicator, by its code (KCN-XLNT): <see cref="PlanItemLink.Target"/>.</summary>
    Indicator,

    /// <summary>A page within TheoDoi, by its path (/water/basin): <see cref="PlanItemLink.Target"/>.</summary>
    Page,
}

/// <summary>
/// A task (or sub-task) and what it serves, shown on both sides: the task page lists what it serves,
/// the project and indicator pages the tasks that serve them. Built in from the <c>serves</c> of
/// Seed/plan-512.json (issue 9: 3.2 → Đề án 6.1, 3.4 → Đề án 6.2 and KCN-XLNT, 3.5.x → water security).
/// </summary>
public sealed class PlanItemLink
{
    public int Id { get; set; }
    public int PlanItemId { get; set; }
    public PlanItem PlanItem { get; set; } = null!;
    public PlanItemLinkKind Kind { get; set; }

    /// <summary>The project served (kind <see cref="PlanItemLinkKind.Project"/>).</summary>
    public int? TargetItemId { get; set; }
    public PlanItem? TargetItem { get; set; }

    /// <summary>
    /// What is served, as written: the project's outline code, the indicator's code or the page's path.
    /// An indicator is matched by code (not a foreign key), so a link may name an indicator defined later.
    /// </summary>
    public required string Target { get; set; }

    /// <summary>How a page link reads (a project or indicator reads as its own title).</summary>
    public string? Title { get; set; }
    public string? TitleEn { get; set; }
}
