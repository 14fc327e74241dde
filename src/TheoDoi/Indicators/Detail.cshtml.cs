using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Indicators;

public sealed class Detail(AppDbContext db, TimeProvider clock) : PageModel
{
    public IndicatorView View { get; private set; } = null!;

    /// <summary>The plan's tasks serving this indicator ("Phục vụ bởi nhiệm vụ").</summary>
    public IReadOnlyList<Plans.PlanLinks.ServedBy> ServedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string? by, bool includeLongAn, string? unit, CancellationToken cancellationToken)
    {
        var access = await IndicatorEndpoints.AccessAsync(db, clock, User, cancellationToken);
        var view = await IndicatorView.LoadAsync(db, code, VietnamTime.Today(clock), access, by, includeLongAn, unit, "/indicators/" + code, isPublic: false, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        ServedBy = await Plans.PlanLinks.ServingIndicatorAsync(db, view.Board.Indicator.Code, cancellationToken);
        return Page();
    }
}
