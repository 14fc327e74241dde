using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Tasks;

public sealed class Projects(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await TaskBoard.LoadAsync(db, VietnamTime.Today(clock), cancellationToken: cancellationToken) is not { } board)
        {
            return NotFound();
        }

        Rows = board.Rows.Where(r => r.Item.Kind == Plans.PlanItemKind.Project).ToList();
        return Page();
    }
}
