using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Units;

namespace TheoDoi.Plans;

public sealed class Index(AppDbContext db, TimeProvider clock) : PageModel
{
    public PlanTree Tree { get; private set; } = null!;
    public UnitDirectory Units { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        var planId = id ?? await db.Plans.OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (planId is null || await PlanTree.LoadAsync(db, planId.Value, cancellationToken) is not { } tree)
        {
            return NotFound();
        }

        Tree = tree;
        Units = await UnitDirectory.LoadAsync(db, cancellationToken);
        Today = VietnamTime.Today(clock);
        return Page();
    }

    /// <summary>
    /// The unit holding the task today, when it is no longer the one the plan named (a unit that only
    /// moved to the new ministry under the same code and name is not worth a "now" note).
    /// </summary>
    public IReadOnlyList<Unit> HoldersToday(Unit unit) =>
        Units.HoldersOn(Units.ById[unit.Id], Today).Where(h => h.Code != unit.Code || h.Name != unit.Name).ToList();
}
