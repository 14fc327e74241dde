using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Tasks;

public sealed class Index(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public WorkStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? BehindPace { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? DueWithin { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public TaskBoard Board { get; private set; } = null!;
    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];
    public string? MyUnit => User.UnitCode();

    public TaskQuery Query => new(Group, Unit, Status, Overdue, BehindPace, DueWithin, Search, Sort);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await TaskBoard.LoadAsync(db, VietnamTime.Today(clock), cancellationToken: cancellationToken) is not { } board)
        {
            return NotFound();
        }

        Board = board;
        Rows = Query.Apply(board).ToList();
        return Page();
    }

    /// <summary>The filtered list as an XLSX file, same filters as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        if (await TaskBoard.LoadAsync(db, today, cancellationToken: cancellationToken) is not { } board)
        {
            return NotFound();
        }

        var stream = TaskExport.ToXlsx(Query.Apply(board));
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"nhiem-vu-{today:yyyy-MM-dd}.xlsx");
    }
}
