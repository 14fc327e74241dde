using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Units;

public sealed class Index(AppDbContext db, TimeProvider clock) : PageModel
{
    public UnitDirectory Directory { get; private set; } = null!;
    public DateOnly At { get; private set; }
    public IReadOnlyList<Unit> ValidAt { get; private set; } = [];

    /// <summary>Succession events, one per successor: the units that became it and when.</summary>
    public IReadOnlyList<SuccessionGroup> Provinces { get; private set; } = [];
    public IReadOnlyList<SuccessionGroup> Ministry { get; private set; } = [];

    public sealed record SuccessionGroup(Unit Successor, IReadOnlyList<UnitSuccession> Links);

    public async Task OnGetAsync(DateOnly? at, CancellationToken cancellationToken)
    {
        Directory = await UnitDirectory.LoadAsync(db, cancellationToken);
        At = at ?? VietnamTime.Today(clock);
        ValidAt = Directory.ValidOn(At).OrderBy(u => u.Kind).ThenBy(u => u.Name, Shared.VietnameseOrder.Names).ToList();
        var groups = Directory.Links
            .GroupBy(l => l.SuccessorId)
            .Select(g => new SuccessionGroup(Directory.ById[g.Key], g.OrderBy(l => Directory.ById[l.PredecessorId].Code).ToList()))
            .OrderBy(g => g.Links[0].Effective).ThenBy(g => g.Successor.Code)
            .ToList();
        Provinces = groups.Where(g => g.Successor.Kind == UnitKind.Province).ToList();
        Ministry = groups.Where(g => g.Successor.Kind != UnitKind.Province).ToList();
    }
}
