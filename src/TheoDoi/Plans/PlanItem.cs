using TheoDoi.Units;

namespace TheoDoi.Plans;

public enum PlanItemKind
{
    Group,
    Task,
    SubTask,

    /// <summary>The plan's section listing its projects (Đề án).</summary>
    Projects,
    Project,
}

/// <summary>Who a task is addressed to when the text names no single lead unit.</summary>
public enum AssigneeScope
{
    /// <summary>Every unit of the ministry ("các đơn vị thuộc Bộ").</summary>
    AllUnits,

    /// <summary>Party committees and organisations ("các cấp ủy, tổ chức đảng").</summary>
    PartyOrganisations,

    /// <summary>Members of the ministry's Party committee.</summary>
    PartyCommitteeMembers,

    /// <summary>Related agencies and provinces ("các cơ quan và địa phương liên quan").</summary>
    RelatedAgenciesAndProvinces,
}

/// <summary>A node of the plan's tree: a task group, a task, a sub-task or a project.</summary>
public sealed class PlanItem
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public int? ParentId { get; set; }
    public PlanItem? Parent { get; set; }
    public List<PlanItem> Children { get; } = [];

    /// <summary>Outline number as written in the plan ("3.2", "5.3.1").</summary>
    public required string Code { get; set; }
    public int Order { get; set; }
    public PlanItemKind Kind { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string? Text { get; set; }

    public int? LeadUnitId { get; set; }
    public Unit? LeadUnit { get; set; }
    public AssigneeScope? LeadScope { get; set; }
    public AssigneeScope? CoordinatingScope { get; set; }
    public List<Unit> CoordinatingUnits { get; } = [];

    public DateOnly? StartDate { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>Recurring duty, e.g. "annual-before-10-12" for the yearly report.</summary>
    public string? Recurrence { get; set; }
    public string? Deliverable { get; set; }
    public int? ReportToUnitId { get; set; }
    public Unit? ReportToUnit { get; set; }

    /// <summary>Where a project goes for approval ("Thủ tướng Chính phủ").</summary>
    public string? SubmitTo { get; set; }

    // Follow-up state (Tasks feature). Flags such as overdue or behind pace are derived, never stored.
    public Tasks.WorkStatus Status { get; set; }

    /// <summary>Percent complete, 0–100, as reported by the lead unit.</summary>
    public int Progress { get; set; }

    /// <summary>Weight in the roll-up of its group and of the plan (default 1).</summary>
    public decimal Weight { get; set; } = 1;

    /// <summary>Evidence in words (what was issued, held, sent); files are <see cref="Tasks.TaskEvidence"/>.</summary>
    public string? EvidenceText { get; set; }

    /// <summary>Project lifecycle (Đề án only).</summary>
    public Tasks.ProjectStage? ProjectStage { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? ReturnReason { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change, so two editors never silently overwrite.</summary>
    public int Version { get; set; }

    public List<Tasks.TaskAssignment> Assignments { get; } = [];
}
