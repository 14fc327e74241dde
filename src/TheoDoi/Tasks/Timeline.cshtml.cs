using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Core.Time;
using TheoDoi.Data;

namespace TheoDoi.Tasks;

/// <summary>A Gantt-like view: a bar from start to due date per task, grouped, with a today line.</summary>
public sealed class Timeline(AppDbContext db, TimeProvider clock) : PageModel
{
    public TaskBoard Board { get; private set; } = null!;
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await TaskBoard.LoadAsync(db, VietnamTime.Today(clock), cancellationToken: cancellationToken) is not { } board)
        {
            return NotFound();
        }

        Board = board;
        var starts = board.Rows.Select(r => r.Item.StartDate).OfType<DateOnly>().DefaultIfEmpty(board.Today);
        var ends = board.Rows.Select(r => r.Item.DueDate).OfType<DateOnly>().Append(board.Today);
        From = new DateOnly(starts.Min().Year, 1, 1);
        To = new DateOnly(ends.Max().Year + 1, 1, 1);
        return Page();
    }

    /// <summary>Horizontal position of a day, as a CSS percentage (invariant: it goes into a style).</summary>
    public string Position(DateOnly day) =>
        (100.0 * Math.Clamp(day.DayNumber - From.DayNumber, 0, To.DayNumber - From.DayNumber) / (To.DayNumber - From.DayNumber))
            .ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public string Width(DateOnly start, DateOnly end) =>
        Math.Max(0.4, 100.0 * (end.DayNumber - start.DayNumber + 1) / (To.DayNumber - From.DayNumber))
            .ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public IEnumerable<int> Years => Enumerable.Range(From.Year, To.Year - From.Year);
}
