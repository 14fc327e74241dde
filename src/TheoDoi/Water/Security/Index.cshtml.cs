using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water.Security;

/// <summary>
/// /water/security: the basin's and sub-basins' scorecard, the map, each dimension's inputs and the
/// history (docs/water-security-scorecard.md). Without sign-in: validated data only.
/// </summary>
public sealed class ScorecardPage(ScorecardQuery query, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    public ScorecardDto? Card { get; private set; }
    public IReadOnlyList<WaterStation> Stations { get; private set; } = [];
    public IReadOnlyList<string> Refusal { get; private set; } = [];
    public bool PublicView { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        PublicView = User.Identity?.IsAuthenticated != true;
        Today = VietnamTime.Today(clock);
        int? year = null;
        if (Year is { Length: > 0 })
        {
            if (!int.TryParse(Year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return await AnswerAsync(UseCaseResult.Invalid($"Năm phải là một số (ví dụ 2025), không phải '{Year}'.", $"The year must be a number (e.g. 2025), not '{Year}'."));
            }

            year = parsed;
        }

        var result = await query.RunAsync(year, PublicView, Today, cancellationToken);
        Stations = await db.WaterStations.AsNoTracking().Where(s => s.Latitude != null && s.Longitude != null).OrderBy(s => s.Code).ToListAsync(cancellationToken);
        Card = result.IsDone ? result.Done() : null;
        return await AnswerAsync(result.Status);
    }

    private Task<IActionResult> AnswerAsync(UseCaseResult status)
    {
        Refusal = status.Errors;
        return this.AnswerAsync(status, Page, () => Task.FromResult<IActionResult>(Page()));
    }

    /// <summary>Status colours; the status word is always written beside them (never colour alone).</summary>
    public static string Colour(string status) => status switch
    {
        "good" => "#2e7d32",
        "watch" => "#e0a100",
        "poor" => "#c62828",
        _ => "#9aa3ad",
    };

    /// <summary>A station's dot: red when one of its inputs is of concern, green when assessed without concern, grey otherwise.</summary>
    public string StationStatus(string code)
    {
        var inputs = Card!.Basin.Dimensions.SelectMany(d => d.Inputs).Where(i => i.Kind == "station" && i.Code == code).ToList();
        return inputs.Any(i => i.Concern) ? "poor" : inputs.Any(i => i.Assessed) ? "good" : "not-assessed";
    }
}
