using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Indicators.Public;

public sealed class Detail(AppDbContext db, TimeProvider clock) : PageModel
{
    public IndicatorView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, string? by, bool includeLongAn, string? unit, CancellationToken cancellationToken)
    {
        var view = await IndicatorView.LoadAsync(db, code, VietnamTime.Today(clock), IndicatorAccess.Public, by, includeLongAn, unit, "/public/indicators/" + code, isPublic: true, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
