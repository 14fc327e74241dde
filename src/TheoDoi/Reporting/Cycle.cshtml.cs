using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Accounts;
using TheoDoi.Core.Reporting;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Reporting;

/// <summary>The coordinator's dashboard of a cycle (leaders read it too); reporters go to their own report.</summary>
public sealed class Cycle(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ReportState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public TimelinessStatus? Timeliness { get; set; }

    public CycleDashboard Dashboard { get; private set; } = null!;
    public IReadOnlyList<CycleDashboard.Row> Rows { get; private set; } = [];
    public string? Error { get; private set; }
    public bool CanReview => User.IsInRole(Roles.Coordinator);

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        if (!(User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Leader) || User.IsInRole(Roles.Admin)))
        {
            return User.IsInRole(Roles.Reporter) && User.UnitCode() is { } unit ? Redirect($"/reporting/{year}/{unit}") : Forbid();
        }

        if (await CycleDashboard.LoadAsync(db, year, clock, cancellationToken) is not { } dashboard)
        {
            return NotFound();
        }

        Dashboard = dashboard;
        Rows = dashboard.Rows.Where(r => (State is null || r.Report.State == State) && (Timeliness is null || r.Timeliness.Status == Timeliness)).ToList();
        return Page();
    }

    /// <summary>The consolidated report for download (coordinators and leaders).</summary>
    public async Task<IActionResult> OnGetConsolidatedAsync(int year, string? format, bool party, bool draft, [FromServices] ConsolidatedFiles files, CancellationToken cancellationToken)
    {
        if (!(User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Leader) || User.IsInRole(Roles.Admin)))
        {
            return Forbid();
        }

        var result = await files.CreateAsync(year, format ?? "docx", party, draft, cancellationToken);
        if (result.IsDone)
        {
            var file = result.Done();
            return File(file.Content, file.ContentType, file.FileName);
        }

        Error = string.Join(" ", result.Errors);
        Response.StatusCode = UseCaseProblem.StatusFor(result.Outcome);
        return await OnGetAsync(year, cancellationToken) is PageResult ? Page() : NotFound();
    }
}
