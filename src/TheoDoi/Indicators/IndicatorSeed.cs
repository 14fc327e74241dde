using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Seed;

namespace TheoDoi.Indicators;

/// <summary>Loads Seed/indicators.json: the plan's three 2030 indicators and their targets.</summary>
public static class IndicatorSeed
{
    public sealed record File(string Source, List<IndicatorRow> Indicators);

    public sealed record IndicatorRow(
        string Code, string Name, string? NameEn, string Unit, string Direction, TargetRow Target,
        string? Numerator, string? Denominator, string? NumeratorEn, string? DenominatorEn,
        string? Sdg, string? SdgNote, string? ResponsibleUnit, string? ResponsibleUnitNote,
        List<TargetRow>? InterimTargets);

    public sealed record TargetRow(int Year, decimal Value, string? Source);

    public static async Task LoadAsync(AppDbContext db, DateOnly planIssuedOn, CancellationToken cancellationToken)
    {
        var file = BuiltInData.Read<File>("indicators.json");
        var existing = await db.Indicators.Include(i => i.Targets).ToDictionaryAsync(i => i.Code, cancellationToken);
        var units = (await db.Units.ToListAsync(cancellationToken))
            .Where(u => (u.ValidFrom is null || u.ValidFrom <= planIssuedOn) && (u.ValidTo is null || planIssuedOn <= u.ValidTo))
            .ToDictionary(u => u.Code);

        foreach (var row in file.Indicators)
        {
            if (!existing.TryGetValue(row.Code, out var indicator))
            {
                indicator = db.Indicators.Add(new Indicator
                {
                    Code = row.Code,
                    Name = row.Name,
                    NameEn = row.NameEn,
                    MeasureUnit = row.Unit,
                    Direction = row.Direction == "lower" ? IndicatorDirection.LowerIsBetter : IndicatorDirection.HigherIsBetter,
                    Numerator = row.Numerator,
                    Denominator = row.Denominator,
                    NumeratorEn = row.NumeratorEn,
                    DenominatorEn = row.DenominatorEn,
                    Sdg = row.Sdg,
                    SdgNote = row.SdgNote,
                    ResponsibleUnit = row.ResponsibleUnit is { } code ? units[code] : null,
                    ResponsibleUnitNote = row.ResponsibleUnitNote,
                    Source = file.Source,
                }).Entity;
            }

            var targets = new[] { row.Target with { Source = row.Target.Source ?? "512-KH/BCSĐTNMT" } }
                .Concat(row.InterimTargets ?? []);
            foreach (var target in targets.Where(t => indicator.Targets.All(existingTarget => existingTarget.Year != t.Year)))
            {
                indicator.Targets.Add(new IndicatorTarget
                {
                    Year = target.Year,
                    Value = target.Value,
                    IsPlanTarget = target.Year == row.Target.Year,
                    Source = target.Source,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
