using TheoDoi.Core.Water.Security;

namespace TheoDoi.Water.Licences;

/// <summary>What the licence API answers. The public API leaves the holder out: a holder may be a person (Nghị định 54/2024 licenses individuals too).</summary>
public static class LicenceDtos
{
    public sealed record ZoneRefDto(int Id, string Name, string Decision, ZoneKind Kind);

    public sealed record LicenceDto(
        string Number, string? Holder, WaterSource Source, string WaterBody, string Province, decimal Latitude, decimal Longitude, string Purpose,
        decimal MaxM3PerDay, DateOnly ValidFrom, DateOnly ValidTo, string IssuingBody, LicenceState State, string? StationCode, bool Demo,
        bool ExpiringWithin90Days, IReadOnlyList<ZoneRefDto> RestrictedZones, ComplianceStatus? LatestCompliance, int MonthsOverThisYear);

    public sealed record MonthDto(int Year, int Month, decimal? AbstractedM3, decimal LicensedM3, int ValidDays, int? DaysOver, ComplianceStatus Status, string Why, string WhyEn);

    public sealed record ComplianceDto(string Number, int Year, decimal MaxM3PerDay, IReadOnlyList<MonthDto> Months);

    public sealed record SavedDto(string Number);

    public sealed record CountDto(int Count);

    public sealed record ZoneDto(int Id, string Name, string Decision, DateOnly ValidFrom, ZoneKind Kind, bool Demo, IReadOnlyList<string> GroundwaterLicences);

    public static LicenceDto ToDto(LicenceView v, bool withHolder) => new(
        v.Licence.Number, withHolder ? v.Licence.Holder : null, v.Licence.Source, v.Licence.WaterBody, v.Licence.Province, v.Licence.Latitude, v.Licence.Longitude,
        v.Licence.Purpose, v.Licence.MaxM3PerDay, v.Licence.ValidFrom, v.Licence.ValidTo, v.Licence.IssuingBody, v.Licence.State, v.Licence.StationCode,
        v.Licence.IsDemo, v.ExpiringSoon, v.Zones.Select(z => new ZoneRefDto(z.Id, z.Name, z.Decision, z.Kind)).ToList(), v.LatestStatus, v.MonthsOver);

    public static ComplianceDto ToDto(WaterLicence l, int year, IReadOnlyList<MonthCompliance> months) => new(
        l.Number, year, l.MaxM3PerDay,
        months.Select(m => new MonthDto(m.Year, m.Month, m.AbstractedM3, m.LicensedM3, m.ValidDays, m.DaysOverDailyMaximum, m.Status, m.Why.Vi, m.Why.En)).ToList());
}
