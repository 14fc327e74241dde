using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Data;

namespace TheoDoi.Indicators;

public sealed class Versions(AppDbContext db) : PageModel
{
    public string Code { get; private set; } = "";
    public IReadOnlyList<IndicatorEndpoints.VersionDto> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await IndicatorEndpoints.VersionsAsync(db, code, cancellationToken) is not { } items)
        {
            return NotFound();
        }

        (Code, Items) = (code, items);
        return Page();
    }
}
