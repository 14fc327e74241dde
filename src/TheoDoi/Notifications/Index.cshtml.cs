using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Data;

namespace TheoDoi.Notifications;

public sealed class Index(AppDbContext db) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var roles = Roles.All.Where(User.IsInRole).ToList();
        Items = await Notifier.For(db, User.UnitCode(), roles)
            .OrderByDescending(n => n.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
    }
}
