using TheoDoi.Plans;
using TheoDoi.Units;

namespace TheoDoi.Tasks;

/// <summary>The four states of the plan's follow-up forms.</summary>
public enum WorkStatus
{
    /// <summary>Chưa triển khai.</summary>
    NotStarted,

    /// <summary>Đang triển khai.</summary>
    InProgress,

    /// <summary>Hoàn thành.</summary>
    Done,

    /// <summary>Tạm dừng.</summary>
    Paused,
}

/// <summary>The road of a project (Đề án) to the Prime Minister.</summary>
public enum ProjectStage
{
    Drafting,
    Consultation,
    SubmittedToPrimeMinister,
    Approved,
    Returned,
}

public enum AssignmentRole
{
    Lead,
    Coordinating,
}

/// <summary>
/// A unit holding a task for a period. When the unit is merged or renamed its open assignments end
/// the day before the succession and its successor's begin; nothing is overwritten, so the task's
/// history still shows who held it before.
/// </summary>
public sealed class TaskAssignment
{
    public int Id { get; set; }
    public int PlanItemId { get; set; }
    public PlanItem PlanItem { get; set; } = null!;
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public AssignmentRole Role { get; set; }
    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day held, inclusive; null while held.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>How the assignment came about ("Kế hoạch 512", "kế thừa từ CKSONMT").</summary>
    public string? Origin { get; set; }

    /// <summary>A coordinating unit's own part: its progress and note on its share of the task.</summary>
    public int? PartProgress { get; set; }
    public string? PartNote { get; set; }

    public bool IsOpenOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

/// <summary>One update of a task (or of a coordinating unit's part), with its comment: the task's history.</summary>
public sealed class TaskUpdate
{
    public long Id { get; set; }
    public int PlanItemId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }

    /// <summary>Code of the unit the update was made for, when made by a reporter.</summary>
    public string? UnitCode { get; set; }
    public AssignmentRole? Part { get; set; }
    public WorkStatus? StatusFrom { get; set; }
    public WorkStatus? StatusTo { get; set; }
    public int? ProgressFrom { get; set; }
    public int? ProgressTo { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A file that proves progress; stored under the data directory under a generated name.</summary>
public sealed class TaskEvidence
{
    public int Id { get; set; }
    public int PlanItemId { get; set; }
    public required string FileName { get; set; }
    public required string StoredPath { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public string? Description { get; set; }
    public string? UnitCode { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}
