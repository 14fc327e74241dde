using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Seed;

namespace TheoDoi.Indicators;

/// <summary>
/// Loads Seed/indicators.json: the plan's three 2030 indicators, their baselines and targets, and the
/// national reference figures as the "national" series (approved, with their sources).
/// </summary>
public static class IndicatorSeed
{
    public sealed record File(string Source, List<IndicatorRow> Indicators);

    public sealed record IndicatorRow(
        string Code, string Name, string? NameEn, string Unit, string Direction, TargetRow Target, BaselineRow? Baseline,
        string? Numerator, string? Denominator, string? NumeratorEn, string? DenominatorEn,
        string? Sdg, string? SdgNote, string? ResponsibleUnit, string? ResponsibleUnitNote,
        List<TargetRow>? InterimTargets, List<FigureRow>? NationalFigures,
        string? Registry, string? MethodNote, string? MethodNoteEn);

    public sealed record TargetRow(int Year, decimal Value, string? Source);

    public sealed record BaselineRow(int Year, decimal? Value, string? Source);

    public sealed record FigureRow(int Year, decimal Value, decimal? Numerator, decimal? Denominator, string? Note, string? Source);

    public const string Actor = "system:built-in-data";

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

            // Fields added after the first release are filled in once, on definitions nobody has edited.
            if (indicator.Version == 1 && indicator.BaselineYear is null && row.Baseline is { } baseline)
            {
                indicator.BaselineYear = baseline.Year;
                indicator.BaselineValue = baseline.Value;
                indicator.BaselineSource = baseline.Source;
                indicator.MethodNote ??= row.MethodNote;
                indicator.MethodNoteEn ??= row.MethodNoteEn;
                indicator.RegistrySource ??= row.Registry;
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
        await LoadVersionsAndFiguresAsync(db, file, cancellationToken);
    }

    private static async Task LoadVersionsAndFiguresAsync(AppDbContext db, File file, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.Include(i => i.Targets).Include(i => i.ResponsibleUnit).ToListAsync(cancellationToken);
        var versioned = await db.IndicatorDefinitionVersions.Select(v => v.IndicatorId).Distinct().ToListAsync(cancellationToken);
        var national = await db.IndicatorValues.Where(v => v.Series == ValueSeries.National)
            .Select(v => new { v.IndicatorId, v.Year }).ToListAsync(cancellationToken);
        // Built-in data is stamped with the machine's time: it is loaded before any request has a clock of its own.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        foreach (var indicator in indicators)
        {
            if (!versioned.Contains(indicator.Id))
            {
                db.IndicatorDefinitionVersions.Add(new IndicatorDefinitionVersion
                {
                    IndicatorId = indicator.Id,
                    Version = indicator.Version,
                    At = now,
                    Actor = Actor,
                    Reason = "Định nghĩa ban đầu theo Kế hoạch 512-KH/BCSĐTNMT (built-in definition)",
                    Snapshot = IndicatorDefinition.Of(indicator, indicator.ResponsibleUnit?.Code).ToJson(),
                });
            }

            var row = file.Indicators.FirstOrDefault(r => r.Code == indicator.Code);
            foreach (var figure in (row?.NationalFigures ?? []).Where(f => !national.Any(n => n.IndicatorId == indicator.Id && n.Year == f.Year)))
            {
                db.IndicatorValues.Add(new IndicatorValue
                {
                    IndicatorId = indicator.Id,
                    Series = ValueSeries.National,
                    SeriesKey = IndicatorValue.KeyFor(null),
                    Year = figure.Year,
                    Value = figure.Value,
                    Numerator = figure.Numerator,
                    Denominator = figure.Denominator,
                    Source = figure.Source,
                    Comment = figure.Note,
                    State = ValueState.Approved,
                    Origin = ValueOrigin.Reference,
                    EnteredBy = Actor,
                    EnteredAt = now,
                    ReviewedBy = Actor,
                    ReviewedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
