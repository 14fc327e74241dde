using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Exchange;

/// <summary>/exchange (admins): what was shared with each partner, month by month, from the exchange log (issue 10, item 4).</summary>
public sealed class Index(AppDbContext db, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }
    public IReadOnlyList<ExchangeQueries.MonthDto> Months { get; private set; } = [];

    public async Task OnGetAsync(int? year)
    {
        Year = year is >= 2000 and <= 2100 ? year.Value : VietnamTime.Today(clock).Year;
        Months = await ExchangeQueries.MonthlyAsync(db, Year, HttpContext.RequestAborted);
    }
}
