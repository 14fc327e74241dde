namespace TheoDoi.Core.Compliance;

// The facts the compliance measures read, as the register holds them. The application attributes
// them to a province (the facility's unit on the day) before it calls the measures, so the measures
// know nothing of units. Fields: docs/reference/compliance-heritage.md.

/// <summary>One inspection (thanh tra or kiểm tra) of a facility: its day and whether it found a violation.</summary>
public sealed record InspectionFact(int FacilityId, DateOnly On, bool FoundViolation);

/// <summary>One remedy a sanction decision ordered: its deadline and the day it was done, if it was.</summary>
public sealed record RemedyFact(DateOnly DueOn, DateOnly? DoneOn);

/// <summary>One violation found at an inspection (Nghị định 45/2022/NĐ-CP), its sanction and remedies.</summary>
/// <param name="FoundOn">The day of the inspection that found it.</param>
/// <param name="FineVnd">The fine imposed by the decision (0 when none).</param>
/// <param name="CollectedVnd">What has been paid of it so far.</param>
/// <param name="TimesOverLimit">For each parameter over its limit, the measured value ÷ the limit (9.3 for coliform at 9.3×).</param>
public sealed record ViolationFact(
    int FacilityId,
    DateOnly FoundOn,
    decimal FineVnd,
    decimal CollectedVnd,
    IReadOnlyList<decimal> TimesOverLimit,
    IReadOnlyList<RemedyFact> Remedies);

/// <summary>What the non-compliance rule reads of the facility itself.</summary>
/// <param name="ConnectedSince">The day its automatic discharge monitoring was connected to the province, when known.</param>
public sealed record FacilityFact(int FacilityId, decimal? DischargeM3PerDay, bool AutoMonitoringConnected, DateOnly? ConnectedSince);
