using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Registries;

namespace TheoDoi.Indicators;

/// <summary>The coordinator's dashboard for indicator values: approve, return, unusual, missing; compute from registries.</summary>
public sealed class Review(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IndicatorQualityReport Report { get; private set; } = null!;
    public IReadOnlyList<Indicator> Indicators { get; private set; } = [];
    public bool CanReview => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin);
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<ComputeIndicatorValues.Line> Lines { get; private set; } = [];

    [TempData]
    public string? Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(List<int>? ids, bool approve, string? reason, [FromServices] ReviewValues review, CancellationToken cancellationToken)
    {
        var values = await db.IndicatorValues.AsNoTracking().Include(v => v.Indicator).Where(v => (ids ?? new List<int>()).Contains(v.Id)).ToListAsync(cancellationToken);
        var errors = new List<string>();
        var count = 0;
        foreach (var group in values.GroupBy(v => v.Indicator.Code))
        {
            var result = await review.RunAsync(group.Key, new ReviewValues.Request(group.Select(v => v.Id).ToList(), approve, reason), User, cancellationToken);
            errors.AddRange(result.Errors);
            count += result.IsDone ? result.Done() : 0;
        }

        if (values.Count == 0)
        {
            errors.Add("Chưa chọn giá trị nào.");
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Saved = (approve ? new Bilingual($"Đã duyệt {count} giá trị.", $"Approved {count} value(s).") : new Bilingual($"Đã trả lại {count} giá trị.", $"Returned {count} value(s).")).Pick();
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostComputeAsync(string code, int year, [FromServices] ComputeIndicatorValues compute, CancellationToken cancellationToken)
    {
        var result = await compute.RunAsync(code, new ComputeIndicatorValues.Request(year), User, cancellationToken);
        Errors = result.Errors;
        Lines = result.IsDone ? result.Done() : [];
        Year = year;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Report = await IndicatorQualityReport.LoadAsync(db, VietnamTime.Today(clock), Year, cancellationToken);
        Indicators = await db.Indicators.AsNoTracking().Where(i => i.RegistrySource != null).OrderBy(i => i.Id).ToListAsync(cancellationToken);
    }
}
