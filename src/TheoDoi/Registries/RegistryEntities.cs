using TheoDoi.Units;

namespace TheoDoi.Registries;

public enum ParkKind
{
    /// <summary>Khu công nghiệp.</summary>
    IndustrialPark,

    /// <summary>Khu chế xuất.</summary>
    ExportProcessingZone,
}

public enum ParkState
{
    Planned,
    UnderConstruction,
    Operating,
    Closed,
}

/// <summary>How a plant's compliance with the discharge standard was established.</summary>
public enum CheckMethod
{
    /// <summary>Kiểm tra, thanh tra (an inspection by the authorities).</summary>
    Inspection,

    /// <summary>Quan trắc tự động, liên tục (automatic continuous monitoring).</summary>
    AutomaticMonitoring,

    /// <summary>Quan trắc định kỳ (periodic sampling).</summary>
    PeriodicMonitoring,
}

/// <summary>
/// An industrial park or export processing zone and its centralised wastewater treatment plant. The
/// park belongs to the province it lay in when registered (a unit period); after a merger the
/// successor holds it (see <see cref="UnitDirectory.HoldersOn"/>), so nothing is rewritten.
/// </summary>
public sealed class IndustrialPark
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public ParkKind Kind { get; set; }
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public decimal? AreaHa { get; set; }
    public DateOnly? OperatingSince { get; set; }
    public ParkState State { get; set; }

    /// <summary>Last day of operation when closed.</summary>
    public DateOnly? ClosedOn { get; set; }

    public bool HasCentralPlant { get; set; }

    /// <summary>Day the centralised plant started treating wastewater; null when unknown (then assumed present).</summary>
    public DateOnly? PlantSince { get; set; }

    /// <summary>Design capacity in m³/day.</summary>
    public decimal? PlantCapacity { get; set; }

    public bool ConnectedToAutoMonitoring { get; set; }
    public string? Note { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<ParkComplianceCheck> Checks { get; } = [];

    /// <summary>Operating on <paramref name="day"/>: in operation since then, not closed before.</summary>
    public bool IsOperatingOn(DateOnly day) =>
        State is ParkState.Operating or ParkState.Closed
        && (OperatingSince is null || OperatingSince <= day)
        && (ClosedOn is null || day <= ClosedOn)
        && !(State == ParkState.Closed && ClosedOn is null);

    public bool HasPlantOn(DateOnly day) => HasCentralPlant && (PlantSince is null || PlantSince <= day);

    /// <summary>The latest check on or before <paramref name="day"/>: what was known about compliance then.</summary>
    public ParkComplianceCheck? LatestCheckOn(DateOnly day) =>
        Checks.Where(c => c.Date <= day).OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).FirstOrDefault();

    /// <summary>Compliant on <paramref name="day"/>: a plant exists and its latest check by then met the standard.</summary>
    public bool IsCompliantOn(DateOnly day) => HasPlantOn(day) && LatestCheckOn(day)?.MeetsStandard == true;
}

/// <summary>An inspection or monitoring result for a park's centralised plant: met the discharge standard or not, on a date.</summary>
public sealed class ParkComplianceCheck
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public DateOnly Date { get; set; }
    public bool MeetsStandard { get; set; }
    public CheckMethod Method { get; set; }

    /// <summary>The document that shows it: an inspection record number, a monitoring report.</summary>
    public string? Reference { get; set; }

    /// <summary>Standard checked against (e.g. QCVN 40:2011/BTNMT).</summary>
    public string? Standard { get; set; }

    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
}

/// <summary>
/// Waste statistics of one unit period for one year: urban domestic solid waste in tonnes/day and
/// hazardous waste in tonnes/year. Indicators 2 and 3 are computed from them.
/// </summary>
public sealed class WasteStatistic
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public int Year { get; set; }
    public decimal? UrbanGenerated { get; set; }
    public decimal? UrbanCollected { get; set; }

    /// <summary>Collected and treated as required (the numerator of indicator 2).</summary>
    public decimal? UrbanTreated { get; set; }

    public decimal? HazardousGenerated { get; set; }

    /// <summary>Collected, transported and treated as required (the numerator of indicator 3).</summary>
    public decimal? HazardousTreated { get; set; }

    public string? Source { get; set; }
    public string? Note { get; set; }
    public bool IsDemo { get; set; }
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}
