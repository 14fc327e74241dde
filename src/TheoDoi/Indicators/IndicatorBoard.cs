using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

/// <summary>
/// Everything a page or endpoint needs about one indicator: its definition, the values the reader
/// may see, the table by old or new units with the region and national rows, and the progress of
/// each row.
/// </summary>
public sealed class IndicatorBoard
{
    public const int DefaultFrom = 2020;

    private IndicatorBoard(Indicator indicator, IndicatorGeography geography, IReadOnlyList<IndicatorValue> values, IReadOnlyList<int> years,
        UnitView view, bool includeLongAn, IndicatorAccess access)
    {
        Indicator = indicator;
        Geography = geography;
        Values = values;
        Years = years;
        View = view;
        IncludeLongAn = includeLongAn;
        Access = access;
        Rows = IndicatorTable.Build(geography, values, years, view, includeLongAn);
    }

    public Indicator Indicator { get; }
    public IndicatorGeography Geography { get; }

    /// <summary>The values the reader may see (approved only for the public).</summary>
    public IReadOnlyList<IndicatorValue> Values { get; }

    public IReadOnlyList<int> Years { get; }
    public UnitView View { get; }
    public bool IncludeLongAn { get; }
    public IndicatorAccess Access { get; }
    public IReadOnlyList<TableRow> Rows { get; }

    public TableRow Region => Rows.Single(r => r.Kind == RowKind.Region);

    public RowProgress Progress(TableRow row) => IndicatorProgress.For(Indicator, row);

    public bool HasDemoValues => Values.Any(v => v.IsDemo);

    /// <summary>The row for a unit code (today's unit, with its predecessors' values added), "region" or "national".</summary>
    public TableRow? RowFor(string key, DateOnly? at = null)
    {
        if (Rows.FirstOrDefault(r => r.Key == key && (at is null || r.Unit is null || IndicatorGeography.IsValid(r.Unit, at.Value))) is { } row)
        {
            return row;
        }

        if (Geography.Resolve(key, at) is not { Kind: UnitKind.Province } unit)
        {
            return null;
        }

        var byUnitYear = Values.Where(v => v.UnitId is not null).ToDictionary(v => (v.UnitId!.Value, v.Year));
        return new TableRow(unit.Code, RowKind.Unit, unit, unit.ShortName ?? unit.Name, unit.NameEn,
            Years.Select(y => IndicatorTable.Combine(y, Geography.InputsOf(unit, y), byUnitYear, forceAggregate: false)).ToList());
    }

    public static async Task<IndicatorBoard?> LoadAsync(
        AppDbContext db, string code, DateOnly today, IndicatorAccess access, UnitView view = UnitView.New, bool includeLongAn = false,
        int? from = null, int? to = null, CancellationToken cancellationToken = default)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Targets).Include(i => i.ResponsibleUnit)
            .WithCode(i => i.Code, code).SingleOrDefaultAsync(cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        var directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        var all = await db.IndicatorValues.AsNoTracking().Where(v => v.IndicatorId == indicator.Id).ToListAsync(cancellationToken);
        var visible = all.Where(access.CanSee).ToList();
        var first = from ?? Math.Min(DefaultFrom, indicator.BaselineYear ?? DefaultFrom);
        var lastData = visible.Where(v => v.Series == ValueSeries.Unit).Select(v => v.Year).DefaultIfEmpty(today.Year - 1).Max();
        var last = to ?? Math.Max(today.Year - 1, lastData);
        if (last < first || last - first > 60)
        {
            return null;
        }

        var years = Enumerable.Range(first, last - first + 1).ToList();
        return new IndicatorBoard(indicator, new IndicatorGeography(directory, today), visible, years, view, includeLongAn, access);
    }

    public static async Task<IReadOnlyList<IndicatorBoard>> LoadAllAsync(AppDbContext db, DateOnly today, IndicatorAccess access, UnitView view = UnitView.New,
        bool includeLongAn = false, CancellationToken cancellationToken = default)
    {
        var codes = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).Select(i => i.Code).ToListAsync(cancellationToken);
        var boards = new List<IndicatorBoard>();
        foreach (var code in codes)
        {
            if (await LoadAsync(db, code, today, access, view, includeLongAn, cancellationToken: cancellationToken) is { } board)
            {
                boards.Add(board);
            }
        }

        return boards;
    }
}
