using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>
/// The coordinator's review list: values awaiting approval, values flagged as far from their unit's
/// other years, and required values still missing for a year (every province valid on 31/12 of
/// that year, for every indicator).
/// </summary>
public sealed record IndicatorQualityReport(
    int Year,
    IReadOnlyList<IndicatorQualityReport.Entry> Pending,
    IReadOnlyList<IndicatorQualityReport.Entry> Flagged,
    IReadOnlyList<IndicatorQualityReport.MissingEntry> Missing,
    IReadOnlyList<IndicatorQualityReport.Entry> Returned)
{
    public sealed record Entry(int Id, string Indicator, string IndicatorName, string Unit, string UnitName, int Year, decimal Value,
        decimal? Numerator, decimal? Denominator, ValueState State, string EnteredBy, DateTime EnteredAt, string? Source, string? QualityFlag, string? ReturnReason, bool Demo);

    public sealed record MissingEntry(string Indicator, string IndicatorName, string Unit, string UnitName, int Year, string? State);

    public static async Task<IndicatorQualityReport> LoadAsync(AppDbContext db, DateOnly today, int? year, CancellationToken cancellationToken)
    {
        var y = year ?? today.Year - 1;
        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var geography = new IndicatorGeography(directory, today);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(cancellationToken);
        var values = await db.IndicatorValues.AsNoTracking().ToListAsync(cancellationToken);
        var byId = indicators.ToDictionary(i => i.Id);

        Entry ToEntry(IndicatorValue v)
        {
            var unit = v.UnitId is { } id ? directory.ById[id] : null;
            var indicator = byId[v.IndicatorId];
            return new Entry(v.Id, indicator.Code, indicator.Name, unit?.Code ?? IndicatorTable.NationalKey, unit?.Name ?? "Cả nước", v.Year, v.Value,
                v.Numerator, v.Denominator, v.State, v.EnteredBy, v.EnteredAt, v.Source, v.QualityFlag, v.ReturnReason, v.IsDemo);
        }

        var required = geography.RegionInputs(y, includeLongAn: true);
        var missing = new List<MissingEntry>();
        foreach (var indicator in indicators)
        {
            foreach (var unit in required)
            {
                var value = values.FirstOrDefault(v => v.IndicatorId == indicator.Id && v.UnitId == unit.Id && v.Year == y);
                if (value is null)
                {
                    missing.Add(new MissingEntry(indicator.Code, indicator.Name, unit.Code, unit.Name, y, null));
                }
            }
        }

        return new IndicatorQualityReport(
            y,
            values.Where(v => v.State == ValueState.Submitted).OrderBy(v => v.IndicatorId).ThenBy(v => v.Year).Select(ToEntry).ToList(),
            values.Where(v => v.QualityFlag is not null).OrderBy(v => v.IndicatorId).ThenBy(v => v.Year).Select(ToEntry).ToList(),
            missing,
            values.Where(v => v.State == ValueState.Draft && v.ReturnReason is not null).Select(ToEntry).ToList());
    }
}
