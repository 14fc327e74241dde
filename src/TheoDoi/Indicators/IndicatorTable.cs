using TheoDoi.Core.Indicators;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>One unit period's part in a cell: its value, or why it could not be counted.</summary>
public sealed record CellInput(Unit Unit, IndicatorValue? Value, string? ProblemVi, string? ProblemEn)
{
    public bool Used => ProblemVi is null;
}

/// <summary>
/// The value shown for a row and a year, with every input that made it: a unit's own value, or the
/// sum of numerators over the sum of denominators of the units that add into it.
/// </summary>
public sealed record TableCell(
    int Year, double? Value, double? Numerator, double? Denominator, IReadOnlyList<CellInput> Inputs,
    bool Aggregated, string? NoteVi, string? NoteEn)
{
    public IEnumerable<CellInput> Used => Inputs.Where(i => i.Used);
    public IEnumerable<CellInput> Missing => Inputs.Where(i => !i.Used);

    /// <summary>Some value counted is not approved yet (draft or submitted): the figure is provisional.</summary>
    public bool Provisional => Used.Any(i => i.Value!.State != ValueState.Approved);

    public bool Demo => Used.Any(i => i.Value!.IsDemo);

    public bool Flagged => Used.Any(i => i.Value!.QualityFlag is not null);

    public bool Partial => Value is not null && Missing.Any();

    public bool IsComplete => Value is not null && !Missing.Any();

    /// <summary>The single value behind a cell that is not an aggregate.</summary>
    public IndicatorValue? Own => Aggregated ? null : Inputs.FirstOrDefault()?.Value;
}

public enum RowKind
{
    Unit,
    Region,
    National,
}

/// <summary>A row of the table: a province (old or new), the region, or the national reference series.</summary>
public sealed record TableRow(string Key, RowKind Kind, Unit? Unit, string Label, string? LabelEn, IReadOnlyList<TableCell> Cells)
{
    public string DisplayLabel(bool english) => english && LabelEn is { Length: > 0 } ? LabelEn : Label;

    /// <summary>The latest complete value: an aggregate that lacks some of its inputs is shown but never judged.</summary>
    public TableCell? Latest => Cells.LastOrDefault(c => c.IsComplete);

    /// <summary>Complete values only (see <see cref="Latest"/>): the points progress and projection use.</summary>
    public IEnumerable<YearValue> Observations => Cells.Where(c => c.IsComplete).Select(c => new YearValue(c.Year, c.Value!.Value));
}

/// <summary>How to lay out the rows.</summary>
public enum UnitView
{
    /// <summary>Today's three provinces; values of the old provinces add into them.</summary>
    New,

    /// <summary>The seven provinces of 30/06/2025, each with its own values.</summary>
    Old,
}

/// <summary>Builds the table of an indicator by old or new units, the region row and the national row.</summary>
public static class IndicatorTable
{
    public const string RegionKey = "region";
    public const string NationalKey = "national";

    public static IReadOnlyList<TableRow> Build(
        IndicatorGeography geography, IReadOnlyList<IndicatorValue> values, IReadOnlyList<int> years, UnitView view, bool includeLongAn, bool withNational = true)
    {
        var byUnitYear = values.Where(v => v.UnitId is not null).ToDictionary(v => (v.UnitId!.Value, v.Year));
        var rows = new List<TableRow>();
        var units = view == UnitView.New ? geography.NewUnits : geography.OldUnits;
        foreach (var unit in units)
        {
            rows.Add(new TableRow(unit.Code, RowKind.Unit, unit, unit.ShortName ?? unit.Name, unit.NameEn,
                years.Select(y => UnitCell(geography, byUnitYear, unit, y, view)).ToList()));
        }

        rows.Add(RegionRow(geography, byUnitYear, years, includeLongAn));
        if (withNational)
        {
            var national = values.Where(v => v.Series == ValueSeries.National).ToDictionary(v => v.Year);
            rows.Add(new TableRow(NationalKey, RowKind.National, null, "Cả nước (tham chiếu)", "National (reference)",
                years.Select(y => national.TryGetValue(y, out var v)
                    // A national figure's comment is stored text in Vietnamese only (the built-in notes), so English pages leave it out.
                    ? new TableCell(y, (double)v.Value, (double?)v.Numerator, (double?)v.Denominator, [], false, v.Comment, null) with { }
                    : new TableCell(y, null, null, null, [], false, null, null)).ToList()));
        }

        return rows;
    }

    public static TableRow RegionRow(IndicatorGeography geography, IReadOnlyDictionary<(int, int), IndicatorValue> byUnitYear, IReadOnlyList<int> years, bool includeLongAn)
    {
        var label = includeLongAn ? "Vùng Đông Nam Bộ (gồm Long An)" : "Vùng Đông Nam Bộ (không gồm Long An)";
        var labelEn = includeLongAn ? "Southeast region (with Long An)" : "Southeast region (without Long An)";
        return new TableRow(RegionKey, RowKind.Region, null, label, labelEn, years.Select(y =>
        {
            var cell = Combine(y, geography.RegionInputs(y, includeLongAn), byUnitYear, forceAggregate: true);
            return !includeLongAn && geography.LongAnInseparable(y)
                ? cell with
                {
                    NoteVi = "Từ năm 2025 tỉnh Tây Ninh (mới) gồm cả Long An cũ; số liệu không tách được.",
                    NoteEn = "From 2025 the new Tây Ninh includes former Long An; its figures cannot be separated.",
                }
                : cell;
        }).ToList());
    }

    private static TableCell UnitCell(IndicatorGeography geography, Dictionary<(int, int), IndicatorValue> byUnitYear, Unit unit, int year, UnitView view)
    {
        if (view == UnitView.New)
        {
            return Combine(year, geography.InputsOf(unit, year), byUnitYear, forceAggregate: false);
        }

        if (IndicatorGeography.IsValid(unit, IndicatorGeography.YearEnd(year)))
        {
            return Combine(year, [unit], byUnitYear, forceAggregate: false);
        }

        var successor = geography.SuccessorToday(unit);
        return new TableCell(year, null, null, null, [], false,
            successor is null ? "Đơn vị không còn tồn tại" : "Đã hợp nhất vào " + (successor.ShortName ?? successor.Name),
            successor is null ? "Unit no longer exists" : "Merged into " + (successor.NameEn ?? successor.Name));
    }

    /// <summary>
    /// One input: its own value. Several inputs: Σ numerators ÷ Σ denominators over those that have
    /// both (<see cref="RatioAggregation"/>), listing those without.
    /// </summary>
    public static TableCell Combine(int year, IReadOnlyList<Unit> expected, IReadOnlyDictionary<(int, int), IndicatorValue> byUnitYear, bool forceAggregate)
    {
        var found = expected.Select(u => (Unit: u, Value: byUnitYear.TryGetValue((u.Id, year), out var v) ? v : null)).ToList();
        if (found.Count == 1 && !forceAggregate)
        {
            var (unit, value) = found[0];
            return value is null
                ? new TableCell(year, null, null, null, [new CellInput(unit, null, "chưa có số liệu", "no value")], false, null, null)
                : new TableCell(year, (double)value.Value, (double?)value.Numerator, (double?)value.Denominator, [new CellInput(unit, value, null, null)], false, null, null);
        }

        var combined = RatioAggregation.Combine(found.Select(f => new UnitRatio(
            f.Unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), (double?)f.Value?.Numerator, (double?)f.Value?.Denominator)));
        var problems = combined.Missing.ToDictionary(m => m.Input.Unit, m => m.Problem);
        var inputs = found.Select(f =>
        {
            var key = f.Unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!problems.TryGetValue(key, out var problem))
            {
                return new CellInput(f.Unit, f.Value, null, null);
            }

            return f.Value is null
                ? new CellInput(f.Unit, null, "chưa có số liệu", "no value")
                : problem == RatioInputProblem.InvalidValue
                    ? new CellInput(f.Unit, f.Value, "tử số hoặc mẫu số không hợp lệ", "invalid numerator or denominator")
                    : new CellInput(f.Unit, f.Value, "chỉ có tỷ lệ, thiếu tử số hoặc mẫu số nên không cộng được", "a share without numerator or denominator cannot be added up");
        }).ToList();
        return new TableCell(year, combined.Value, combined.Used.Count > 0 ? combined.NumeratorSum : null,
            combined.Used.Count > 0 ? combined.DenominatorSum : null, inputs, true, null, null);
    }
}
