using TheoDoi.Units;

namespace TheoDoi.Plans;

/// <summary>A plan followed up by TheoDoi, with its tree of task groups, tasks and projects.</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public DateOnly IssuedOn { get; set; }
    public int? IssuerUnitId { get; set; }
    public Unit? IssuerUnit { get; set; }
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public string? Purpose { get; set; }

    /// <summary>Day and month of the yearly report deadline (10/12 for Plan 512).</summary>
    public int ReportDeadlineDay { get; set; }
    public int ReportDeadlineMonth { get; set; }
    public int? ReportRecipientUnitId { get; set; }
    public Unit? ReportRecipientUnit { get; set; }
    public string? ReportingRuleText { get; set; }
    public string? Source { get; set; }

    public List<LegalDocument> Bases { get; } = [];
    public List<PlanItem> Items { get; } = [];
}
