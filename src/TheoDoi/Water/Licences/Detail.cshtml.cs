using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;

namespace TheoDoi.Water.Licences;

/// <summary>One licence and its compliance month by month in a year (abstracted against maximum × valid days, days over the daily maximum).</summary>
public sealed class Detail(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public LicenceView View { get; private set; } = null!;
    public Units.Unit? Province { get; private set; }
    public IReadOnlyList<MonthCompliance> Months { get; private set; } = [];
    public int Shown { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Today = VietnamTime.Today(clock);
        var number = Number?.Trim();
        var view = string.IsNullOrEmpty(number) ? null
            : (await LicenceQueries.RegisterAsync(db, Today, cancellationToken)).FirstOrDefault(v => string.Equals(v.Licence.Number, number, StringComparison.OrdinalIgnoreCase));
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Shown = Year is >= 1990 and <= 2100 ? Year.Value : Today.Year;
        Province = (await Register.ProvincesAsync(db, [view.Licence.Province], cancellationToken)).GetValueOrDefault(view.Licence.Province);
        Months = await LicenceQueries.ComplianceAsync(db, view.Licence, Shown, cancellationToken);
        return Page();
    }

    /// <summary>The badge class of a month's status, as the indicator pages colour theirs.</summary>
    public static string Badge(ComplianceStatus? status) => status switch
    {
        ComplianceStatus.Within => "st-ok",
        ComplianceStatus.Over => "st-bad",
        _ => "st-none",
    };
}
