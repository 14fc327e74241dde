using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Units;
using TheoDoi.Data;

namespace TheoDoi.Units;

/// <summary>
/// All unit periods and their succession links, loaded once per request (a few dozen rows), with
/// the effective-dating questions pages and endpoints ask.
/// </summary>
public sealed class UnitDirectory
{
    private UnitDirectory(List<Unit> units, List<UnitSuccession> links)
    {
        Units = units;
        Links = links;
        ById = units.ToDictionary(u => u.Id);
        Timeline = new UnitTimeline(units.Select(u => u.ToPeriod()), links.Select(l => l.ToLink()));
    }

    public IReadOnlyList<Unit> Units { get; }
    public IReadOnlyList<UnitSuccession> Links { get; }
    public IReadOnlyDictionary<int, Unit> ById { get; }
    public UnitTimeline Timeline { get; }

    public static async Task<UnitDirectory> LoadAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Code).ToListAsync(cancellationToken);
        var links = await db.UnitSuccessions.AsNoTracking().ToListAsync(cancellationToken);
        return new UnitDirectory(units, links);
    }

    public IEnumerable<Unit> ValidOn(DateOnly day) => Timeline.ValidOn(day).Select(p => ById[p.Id]);

    /// <summary>Who holds <paramref name="unit"/>'s responsibilities on <paramref name="day"/>.</summary>
    public IReadOnlyList<Unit> HoldersOn(Unit unit, DateOnly day)
    {
        return Timeline.HoldersOn(unit.Id, day).Select(p => ById[p.Id]).ToList();
    }

    public IEnumerable<UnitSuccession> SuccessorsOf(Unit unit) => Links.Where(l => l.PredecessorId == unit.Id);

    public IEnumerable<UnitSuccession> PredecessorsOf(Unit unit) => Links.Where(l => l.SuccessorId == unit.Id);

    public Unit? ParentOf(Unit unit) => unit.ParentId is { } id ? ById[id] : null;
}
