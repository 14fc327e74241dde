using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Indicators.Public;

public sealed class Index(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<IndicatorBoard> Boards { get; private set; } = [];

    public (IReadOnlyList<IndicatorBoard> Boards, string BasePath) List => (Boards, "/public/indicators");

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Boards = await IndicatorBoard.LoadAllAsync(db, VietnamTime.Today(clock), IndicatorAccess.Public, cancellationToken: cancellationToken);
}
