using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Indicators;

public sealed class Index(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool IncludeLongAn { get; set; }

    public IReadOnlyList<IndicatorBoard> Boards { get; private set; } = [];

    public (IReadOnlyList<IndicatorBoard> Boards, string BasePath) List => (Boards, "/indicators");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var access = await IndicatorEndpoints.AccessAsync(db, clock, User, cancellationToken);
        Boards = await IndicatorBoard.LoadAllAsync(db, VietnamTime.Today(clock), access, includeLongAn: IncludeLongAn, cancellationToken: cancellationToken);
    }
}
