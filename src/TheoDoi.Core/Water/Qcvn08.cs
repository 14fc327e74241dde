using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;

namespace TheoDoi.Core.Water;

/// <summary>The level one parameter reaches, and which cell said so.</summary>
/// <param name="Cell">The cell the value falls in.</param>
/// <param name="LimitUnconfirmed">
/// The judgement rests on a cell marked † in the reference: the level's own cell or the next better
/// level's (the bound the value failed). The page must show "limit unconfirmed".
/// </param>
public sealed record QcvnParameterLevel(string Parameter, decimal Value, Qualifier Qualifier, QcvnLevel Level, QcvnCell Cell, bool LimitUnconfirmed);

/// <summary>A value above a QCVN 08:2023 Bảng 1 limit.</summary>
/// <param name="Ratio">Value ÷ limit, unrounded (1.5 means 50 % above).</param>
public sealed record QcvnExceedance(string Parameter, decimal Value, Qualifier Qualifier, decimal Limit, string Unit, decimal Ratio, bool LimitUnconfirmed);

/// <summary>
/// The QCVN 08 classification of one sample. <see cref="Level"/> is the worst level among its
/// classified parameters, and <see cref="Deciding"/> the parameters at that level; null when the
/// sample has none of the classified parameters ("not classified").
/// </summary>
/// <param name="Standard">The version applied: the one in force on the sampling date.</param>
/// <param name="Parameters">Every classified parameter, in catalogue order.</param>
/// <param name="Exceedances">In catalogue order: values above the version's health limits (QCVN 08:2023 Bảng 1; none for QCVN 08-MT:2015, which has no such table).</param>
/// <param name="NoteTexts">Everything a reader must be told: unconfirmed limits used, assumptions, values that could not be judged; in both languages.</param>
public sealed record QcvnResult(
    QcvnStandard Standard,
    QcvnLevel? Level,
    IReadOnlyList<QcvnParameterLevel> Parameters,
    IReadOnlyList<QcvnParameterLevel> Deciding,
    IReadOnlyList<QcvnExceedance> Exceedances,
    IReadOnlyList<Bilingual> NoteTexts)
{
    /// <summary>The notes in English, for files, APIs and logs.</summary>
    public IReadOnlyList<string> Notes => [.. NoteTexts.Select(n => n.En)];

    public bool IsClassified => Level is not null;

    /// <summary>True when the level rests on a † cell: some deciding parameter's limit is unconfirmed.</summary>
    public bool LevelUsesUnconfirmedLimit => Deciding.Any(p => p.LimitUnconfirmed);
}

/// <summary>A parameter worse than the target level.</summary>
/// <param name="TargetCell">The target level's cell the value failed.</param>
/// <param name="Limit">The target cell's bound (≤ for most, ≥ for DO); null for a two-sided cell such as pH.</param>
/// <param name="Ratio">Value ÷ limit, unrounded; null when there is no single limit.</param>
public sealed record QcvnViolation(
    string Parameter,
    decimal Value,
    Qualifier Qualifier,
    QcvnLevel Level,
    QcvnCell TargetCell,
    decimal? Limit,
    decimal? Ratio,
    bool LimitUnconfirmed);

/// <summary>A sample checked against the level a station should reach (for alerts).</summary>
/// <param name="Target">The target level in <see cref="Standard"/>; null when it is not one of its levels.</param>
/// <param name="NotApplicableReason">Why no check was made (a 2023 level asked of a 2015 sample), or null.</param>
public sealed record QcvnTargetCheck(QcvnStandard Standard, QcvnLevel? Target, IReadOnlyList<QcvnViolation> Violations, string? NotApplicableReason)
{
    /// <summary>Checked, and no parameter is worse than the target.</summary>
    public bool Meets => NotApplicableReason is null && Violations.Count == 0;
}

/// <summary>
/// QCVN 08 classification and checks (docs/reference/qcvn-08.md). Pure; measurements are in canonical
/// units, codes outside the tables are ignored, and bad values become notes, never exceptions.
/// </summary>
public static class Qcvn08
{
    /// <summary>The version in force on a sampling day (a Việt Nam civil date): QCVN 08:2023 from 12/09/2023, QCVN 08-MT:2015 before.</summary>
    public static QcvnStandard StandardFor(DateOnly samplingDay) =>
        samplingDay >= Qcvn08Tables.SwitchDate ? Qcvn08Tables.V2023 : Qcvn08Tables.V2015;

    /// <summary>The version in force when the sample was taken, dated in Việt Nam (23:30 UTC on 11/09/2023 is already 12/09 there).</summary>
    public static QcvnStandard StandardFor(DateTimeOffset sampledAt) => StandardFor(VietnamTime.DateOf(sampledAt));

    /// <summary>Classifies a sample against the regulation in force on its sampling date.</summary>
    public static QcvnResult Classify(IReadOnlyCollection<Measurement> sample, DateTimeOffset sampledAt) =>
        Classify(sample, StandardFor(sampledAt));

    /// <summary>
    /// Classifies a sample against a given version (for comparisons across versions). A code given twice
    /// is classified twice, so the worse value counts; the batch runner rejects such samples before.
    /// </summary>
    public static QcvnResult Classify(IReadOnlyCollection<Measurement> sample, QcvnStandard standard)
    {
        var notes = new List<Bilingual>();
        var measurements = Prepare(sample, notes);

        var levels = new List<QcvnParameterLevel>();
        foreach (var m in measurements)
        {
            if (standard.FindCriterion(m.Parameter) is not { } criterion)
            {
                continue;
            }

            if (LevelOf(standard, criterion, m) is not { } level)
            {
                notes.Add(new($"{m.Parameter} = {Vi(Show(m))} không thuộc mức nào của {standard.Code}", $"{m.Parameter} = {Show(m)} fits no level of {standard.Code}"));
                continue;
            }

            levels.Add(level);
            if (level.LimitUnconfirmed)
            {
                var cells = string.Join(", ", CellsUsed(criterion, level.Cell).Where(c => c.Unconfirmed).Select(c => $"{c.Level} {c.Text}"));
                notes.Add(new($"giới hạn chưa đối chiếu được: {m.Parameter} ({Vi(cells)})", $"limit unconfirmed: {m.Parameter} ({cells})"));
            }

            if (level.Cell.Note is { } note)
            {
                notes.Add(new($"{m.Parameter}: {note.Vi}", $"{m.Parameter}: {note.En}"));
            }

            if (m.Qualifier != Qualifier.None)
            {
                notes.Add(new($"{m.Parameter} được báo cáo là {Vi(Show(m))}, phân loại theo giá trị đó", $"{m.Parameter} reported as {Show(m)}, classified at that value"));
            }
        }

        var worst = levels.Count == 0 ? null : levels.MaxBy(l => l.Level.Rank)!.Level;
        var deciding = worst is null ? [] : levels.Where(l => l.Level.Rank == worst.Rank).ToList();
        if (worst is null)
        {
            var codes = string.Join(", ", standard.Criteria.Select(c => c.Parameter));
            notes.Add(new($"không phân loại: mẫu không có thông số nào của {standard.Code} ({codes})", $"not classified: the sample has none of the parameters of {standard.Code} ({codes})"));
        }

        var exceedances = Exceedances(standard, measurements, notes);
        return new QcvnResult(standard, worst, levels, deciding, exceedances, notes);
    }

    /// <summary>Checks a sample against a target level of the regulation in force on its sampling date.</summary>
    public static QcvnTargetCheck CheckTarget(IReadOnlyCollection<Measurement> sample, DateTimeOffset sampledAt, string targetLevel) =>
        CheckTarget(sample, StandardFor(sampledAt), targetLevel);

    /// <summary>
    /// The parameters whose level is worse than <paramref name="targetLevel"/> (a level code of
    /// <paramref name="standard"/>: "B", or "A2" for QCVN 08-MT:2015), each with the target cell's
    /// limit and value ÷ limit.
    /// </summary>
    public static QcvnTargetCheck CheckTarget(IReadOnlyCollection<Measurement> sample, QcvnStandard standard, string targetLevel)
    {
        if (standard.FindLevel(targetLevel) is not { } target)
        {
            return new(standard, null, [],
                $"target level '{targetLevel}' is not a level of {standard.Code} ({string.Join(", ", standard.Levels.Select(l => l.Code))})");
        }

        var violations = new List<QcvnViolation>();
        foreach (var m in Prepare(sample, []))
        {
            if (standard.FindCriterion(m.Parameter) is not { } criterion
                || LevelOf(standard, criterion, m) is not { } level
                || level.Level.Rank <= target.Rank)
            {
                continue;
            }

            var cell = criterion.Cells.First(c => c.Level == target.Code);
            var limit = cell.Bound;
            violations.Add(new(m.Parameter, m.Value, m.Qualifier, level.Level, cell, limit,
                limit is { } l && l != 0m ? m.Value / l : null, cell.Unconfirmed));
        }

        return new(standard, target, violations, null);
    }

    /// <summary>Canonical codes in catalogue order; unknown codes dropped; impossible values dropped with a note.</summary>
    private static List<Measurement> Prepare(IReadOnlyCollection<Measurement> sample, List<Bilingual> notes)
    {
        var result = new List<Measurement>();
        foreach (var m in sample)
        {
            if (WaterParameters.Find(m.Parameter) is not { } parameter)
            {
                continue;
            }

            if (parameter.CheckValue(m.Value) is { } problem)
            {
                notes.Add(new($"{problem.Vi}; bỏ qua {Vi(m.ToString())}", $"{problem.En}; {m} ignored"));
                continue;
            }

            result.Add(m with { Parameter = parameter.Code });
        }

        result.Sort((a, b) => WaterParameters.OrderOf(a.Parameter).CompareTo(WaterParameters.OrderOf(b.Parameter)));
        return result;
    }

    private static QcvnParameterLevel? LevelOf(QcvnStandard standard, QcvnCriterion criterion, Measurement m)
    {
        var cell = criterion.Cells.FirstOrDefault(c => c.Contains(m.Value));
        if (cell is null || standard.FindLevel(cell.Level) is not { } level)
        {
            return null;
        }

        return new(m.Parameter, m.Value, m.Qualifier, level, cell, CellsUsed(criterion, cell).Any(c => c.Unconfirmed));
    }

    /// <summary>A value's level rests on its own cell and on the next better level's cell, which it failed.</summary>
    private static IEnumerable<QcvnCell> CellsUsed(QcvnCriterion criterion, QcvnCell cell)
    {
        var index = IndexOf(criterion.Cells, cell);
        return index == 0 ? [cell] : [criterion.Cells[index - 1], cell];
    }

    private static int IndexOf(IReadOnlyList<QcvnCell> cells, QcvnCell cell)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (ReferenceEquals(cells[i], cell))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<QcvnExceedance> Exceedances(QcvnStandard standard, List<Measurement> measurements, List<Bilingual> notes)
    {
        var result = new List<QcvnExceedance>();
        foreach (var limit in standard.HealthLimits)
        {
            // Heptachlor's limit is for heptachlor + heptachlorepoxide, summed as in VN_WQI.
            var parts = measurements.Where(m => m.Parameter == limit.Parameter
                || (limit.Parameter == "heptachlor" && m.Parameter == "heptachlorepoxide")).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var value = parts.Sum(p => p.Value);
            var qualifier = parts.Any(p => p.Qualifier == Qualifier.GreaterThan) ? Qualifier.GreaterThan
                : parts.Any(p => p.Qualifier == Qualifier.LessThan) ? Qualifier.LessThan
                : Qualifier.None;
            var shown = $"{Measurement.Symbol(qualifier)}{Format(value)}";
            var exceeds = qualifier switch
            {
                Qualifier.LessThan => false, // the true value is below the detection limit
                Qualifier.GreaterThan => value >= limit.Limit, // the true value is above the reported one
                _ => value > limit.Limit,
            };
            if (exceeds)
            {
                result.Add(new(limit.Parameter, value, qualifier, limit.Limit, limit.Unit, value / limit.Limit, limit.Unconfirmed));
                if (limit.Unconfirmed)
                {
                    notes.Add(new($"giới hạn chưa đối chiếu được: {Vi(limit.ToString())}", $"limit unconfirmed: {limit}"));
                }
            }
            else if (qualifier == Qualifier.LessThan && value > limit.Limit)
            {
                notes.Add(new(
                    $"{limit.Parameter} được báo cáo là {Vi(shown)}: giới hạn phát hiện cao hơn giới hạn ({Vi(limit.ToString())}) nên không đánh giá được có vượt hay không",
                    $"{limit.Parameter} reported as {shown}: the detection limit is above the limit ({limit}), so an exceedance cannot be judged"));
            }
            else if (qualifier == Qualifier.GreaterThan)
            {
                notes.Add(new($"{limit.Parameter} được báo cáo là {Vi(shown)}: có thể vượt giới hạn ({Vi(limit.ToString())})", $"{limit.Parameter} reported as {shown}: it may exceed the limit ({limit})"));
            }
        }

        result.Sort((a, b) => WaterParameters.OrderOf(a.Parameter).CompareTo(WaterParameters.OrderOf(b.Parameter)));
        return result;
    }

    private static string Show(Measurement m) => $"{Measurement.Symbol(m.Qualifier)}{Format(m.Value)}";

    private static string Format(decimal value) => DecimalMath.Format(value);

    /// <summary>An invariant figure as Vietnamese readers write it: decimal comma ("0.02" → "0,02").</summary>
    private static string Vi(string invariant) => invariant.Replace('.', ',');
}
