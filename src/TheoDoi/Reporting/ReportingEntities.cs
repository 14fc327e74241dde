using TheoDoi.Plans;
using TheoDoi.Tasks;
using TheoDoi.Units;

namespace TheoDoi.Reporting;

public enum CycleState
{
    Open,
    Closed,
}

/// <summary>The report's road: draft → submitted → (returned → resubmitted)* → accepted (locked).</summary>
public enum ReportState
{
    Draft,
    Submitted,
    Returned,
    Resubmitted,
    Accepted,
}

/// <summary>
/// One year's reporting on a plan: the data window (Decree 09/2019: 15/12 of the previous year to
/// 14/12), the submission deadline (the plan's 10/12, end of day in Việt Nam) and the units that must
/// report. Opening a cycle creates one report per unit.
/// </summary>
public sealed class ReportingCycle
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public int Year { get; set; }
    public DateOnly WindowStart { get; set; }
    public DateOnly WindowEnd { get; set; }

    /// <summary>Civil date; a report is on time when submitted by the end of this day in Việt Nam.</summary>
    public DateOnly Deadline { get; set; }
    public CycleState State { get; set; }
    public DateTime OpenedAt { get; set; }
    public required string OpenedBy { get; set; }
    public List<UnitReport> Reports { get; } = [];
}

/// <summary>A unit's annual report in a cycle.</summary>
public sealed class UnitReport
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public ReportingCycle Cycle { get; set; } = null!;
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public ReportState State { get; set; }
    public string? Narrative { get; set; }
    public string? Difficulties { get; set; }
    public string? Proposals { get; set; }

    /// <summary>First submission: timeliness is judged on it, however often the report is returned.</summary>
    public DateTime? SubmittedAt { get; set; }
    public DateTime? LastSubmittedAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public string? AcceptedBy { get; set; }
    public string? ReturnReason { get; set; }

    /// <summary>A late-entry exception granted by the coordinator: the unit may edit and submit until then.</summary>
    public DateTime? LateEntryUntil { get; set; }
    public string? LateEntryReason { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    /// <summary>Optimistic concurrency: two editors never silently overwrite each other.</summary>
    public int Version { get; set; }

    public List<ReportTaskEntry> Tasks { get; } = [];
    public List<ReportIndicatorEntry> Indicators { get; } = [];
    public List<ReportEvent> Events { get; } = [];
    public List<ReportAttachment> Attachments { get; } = [];
}

/// <summary>What a unit reports on one task it holds.</summary>
public sealed class ReportTaskEntry
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int PlanItemId { get; set; }
    public PlanItem PlanItem { get; set; } = null!;
    public WorkStatus Status { get; set; }
    public string? Results { get; set; }
    public string? Difficulties { get; set; }
    public string? Proposals { get; set; }
}

/// <summary>An indicator value the unit is responsible for, for the cycle's year.</summary>
public sealed class ReportIndicatorEntry
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int IndicatorId { get; set; }
    public Indicators.Indicator Indicator { get; set; } = null!;
    public decimal? Numerator { get; set; }
    public decimal? Denominator { get; set; }
    public decimal? Value { get; set; }
    public string? Note { get; set; }
}

/// <summary>A step of the report's history: a transition, a return with its reason, an exception.</summary>
public sealed class ReportEvent
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public ReportState? From { get; set; }
    public ReportState? To { get; set; }
    public string? Comment { get; set; }
}

public sealed class ReportAttachment
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public required string FileName { get; set; }
    public required string StoredPath { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}
