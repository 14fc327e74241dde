using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Reporting;

/// <summary>The cycles, and the coordinator's form to open one.</summary>
public sealed class Index(AppDbContext db) : PageModel
{
    public IReadOnlyList<ReportingCycle> Cycles { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool CanOpen => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin);
    public string? MyUnit => User.IsInRole(Roles.Reporter) ? User.UnitCode() : null;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOpenAsync(int year, DateOnly? deadline, DateOnly? windowStart, DateOnly? windowEnd, [FromServices] OpenCycle open, CancellationToken cancellationToken)
    {
        if (!CanOpen)
        {
            return Forbid();
        }

        if (Shared.FormRefusals.Of(HttpContext) is { } unreadable)
        {
            Errors = unreadable.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await open.RunAsync(new OpenCycle.Request(year, deadline, windowStart, windowEnd), User, cancellationToken);
        if (result.IsDone)
        {
            return Redirect($"/reporting/{result.Done().Year}");
        }

        Errors = result.Errors;
        Response.StatusCode = UseCaseProblem.StatusFor(result.Outcome);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Cycles = await db.ReportingCycles.AsNoTracking().Include(c => c.Reports).ThenInclude(r => r.Unit).OrderByDescending(c => c.Year).ToListAsync(cancellationToken);
}
