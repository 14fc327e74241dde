using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>
/// The provinces indicators are shown for, before and after the 2025 arrangement: the seven old
/// provinces (six of the Southeast plus Long An) to 30/06/2025 and the three new ones of today, with
/// the effective-dated succession between them. A year's value belongs to the unit valid on 31/12.
/// </summary>
public sealed class IndicatorGeography
{
    /// <summary>First day of the new provinces (Nghị quyết 202/2025/QH15).</summary>
    public static readonly DateOnly ArrangementDay = new(2025, 7, 1);

    /// <summary>Codes of today's provinces of the Southeast region (HCMC, Đồng Nai, Tây Ninh).</summary>
    public static readonly IReadOnlyList<string> RegionCodes = ["79", "75", "80"];

    /// <summary>Former Long An had code 80 before the arrangement (Mekong Delta region until 2025).</summary>
    public const string LongAnCode = "80";

    public IndicatorGeography(UnitDirectory directory, DateOnly today)
    {
        Directory = directory;
        Today = today;
        var dayBefore = ArrangementDay.AddDays(-1);
        NewUnits = RegionCodes
            .Select(code => Provinces.Where(u => u.Code == code && u.ValidFrom >= ArrangementDay)
                .OrderByDescending(u => u.ValidFrom).FirstOrDefault(u => u.ValidFrom <= today) ?? Provinces.Where(u => u.Code == code && u.ValidFrom >= ArrangementDay).MinBy(u => u.ValidFrom))
            .OfType<Unit>()
            .ToList();
        var lineage = NewUnits.SelectMany(n => directory.Timeline.Lineage(n.Id)).Select(p => directory.ById[p.Id]).DistinctBy(u => u.Id).ToList();
        RegionPeriods = lineage;
        OldUnits = lineage.Where(u => (u.ValidFrom is null || u.ValidFrom <= dayBefore) && (u.ValidTo is null || dayBefore <= u.ValidTo)).ToList();
        LongAn = OldUnits.FirstOrDefault(u => u.Code == LongAnCode);
    }

    public UnitDirectory Directory { get; }
    public DateOnly Today { get; }

    private IEnumerable<Unit> Provinces => Directory.Units.Where(u => u.Kind == UnitKind.Province);

    /// <summary>Today's three provinces (by new units).</summary>
    public IReadOnlyList<Unit> NewUnits { get; }

    /// <summary>The seven provinces of 30/06/2025 (by old units), grouped by the new unit they joined.</summary>
    public IReadOnlyList<Unit> OldUnits { get; }

    /// <summary>Every province period that rolls up into today's region.</summary>
    public IReadOnlyList<Unit> RegionPeriods { get; }

    public Unit? LongAn { get; }

    public static DateOnly YearEnd(int year) => new(year, 12, 31);

    /// <summary>The unit period that holds values of <paramref name="year"/> for a province code: the one valid on 31/12.</summary>
    public Unit? PeriodFor(string code, int year) =>
        Directory.Units.FirstOrDefault(u => u.Code == code && IsValid(u, YearEnd(year)) && u.Kind == UnitKind.Province);

    /// <summary>
    /// The unit a person means by a code: the period valid on <paramref name="at"/> (default today),
    /// else the latest period with that code.
    /// </summary>
    public Unit? Resolve(string code, DateOnly? at = null)
    {
        var day = at ?? Today;
        var periods = Directory.Units.Where(u => u.Code == code).ToList();
        return periods.FirstOrDefault(u => IsValid(u, day)) ?? periods.MaxBy(u => u.ValidFrom ?? DateOnly.MinValue);
    }

    /// <summary>Periods whose values of <paramref name="year"/> add into <paramref name="unit"/> (itself and its predecessors).</summary>
    public IReadOnlyList<Unit> InputsOf(Unit unit, int year)
    {
        return Directory.Timeline.Lineage(unit.Id).Select(p => Directory.ById[p.Id])
            .Where(u => u.Kind == UnitKind.Province && IsValid(u, YearEnd(year))).ToList();
    }

    /// <summary>The region's inputs for a year; without Long An unless asked (the 2022 baseline did not include it).</summary>
    public IReadOnlyList<Unit> RegionInputs(int year, bool includeLongAn) =>
        RegionPeriods.Where(u => IsValid(u, YearEnd(year)) && (includeLongAn || u.Id != LongAn?.Id)).ToList();

    /// <summary>From 2025 the new Tây Ninh includes former Long An, so the region can no longer leave it out.</summary>
    public bool LongAnInseparable(int year) => LongAn is { } longAn && YearEnd(year) > longAn.ValidTo;

    /// <summary>The new unit a period's data rolls into today.</summary>
    public Unit? SuccessorToday(Unit unit)
    {
        return Directory.HoldersOn(unit, Today).FirstOrDefault();
    }

    public static bool IsValid(Unit unit, DateOnly day)
    {
        return (unit.ValidFrom is null || unit.ValidFrom <= day) && (unit.ValidTo is null || day <= unit.ValidTo);
    }
}
