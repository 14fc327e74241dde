using System.Globalization;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Water.Security;

namespace TheoDoi.Reporting;

/// <summary>
/// The water-security section of the consolidated report (issue 9, item 9; task 3.5 of the plan): the
/// basin's and sub-basins' scorecard for the report's year and the dimensions whose status changed since
/// the year before — from the same computation as <c>/water/security</c> (<see cref="ScorecardQuery"/>),
/// on validated data only, as everything the ministry sends out.
/// </summary>
/// <param name="Changes">The basin's dimensions whose status differs from last year's, with both statuses in words.</param>
public sealed record ConsolidatedWaterSecurity(ScorecardDto Scorecard, IReadOnlyList<ConsolidatedWaterSecurity.Change> Changes)
{
    public sealed record Change(string Dimension, string Before, string Now);

    private static readonly CultureInfo s_vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Null for a year still to come (a cycle opened ahead) or without a basin.</summary>
    public static async Task<ConsolidatedWaterSecurity?> BuildAsync(AppDbContext db, int year, DateOnly today, CancellationToken ct)
    {
        // The report is a Vietnamese document, with vi-VN numbers, whatever the language of the person who
        // generates it: the scorecard's texts and figures follow the current cultures, and an async method
        // restores its caller's cultures when it returns.
#pragma warning disable RS0030
        CultureInfo.CurrentCulture = s_vi;
#pragma warning restore RS0030
        CultureInfo.CurrentUICulture = s_vi;
        var result = await new ScorecardQuery(db).RunAsync(year, validatedOnly: true, today, ct);
        if (!result.IsDone)
        {
            return null;
        }

        var scorecard = result.Done();
        var now = scorecard.History.FirstOrDefault(h => h.Year == year);
        var before = scorecard.History.FirstOrDefault(h => h.Year == year - 1);
        var changes = new List<Change>();
        foreach (var dimension in scorecard.Basin.Dimensions)
        {
            var was = before?.Dimensions.FirstOrDefault(d => d.Code == dimension.Code)?.Status;
            var code = now?.Dimensions.FirstOrDefault(d => d.Code == dimension.Code)?.Status ?? dimension.Status;
            if (was is not null && was != code)
            {
                changes.Add(new(dimension.Name, StatusName(was), StatusName(code)));
            }
        }

        return new(scorecard, changes);
    }

    /// <summary>A status code of the API ("watch") in the report's words ("cần theo dõi").</summary>
    public static string StatusName(string code) =>
        Core.Water.Security.Scorecard.StatusName(Enum.GetValues<ScoreStatus>().FirstOrDefault(s => Core.Water.Security.Scorecard.Code(s) == code, ScoreStatus.NotAssessed)).Vi;
}
