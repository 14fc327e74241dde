using System.Globalization;
using TheoDoi.Accounts;
using TheoDoi.Reporting;
using static TheoDoi.Tests.Reporting.ReportingKit;

namespace TheoDoi.Tests.Reporting;

/// <summary>
/// The report page's submit button is one use case (ReportEditing.SubmitAsync): the entries on the
/// screen and the move to Submitted are saved together or not at all.
/// </summary>
public sealed class ReportPageSubmitTests
{
    [Fact]
    public async Task A_submit_with_an_invalid_entry_saves_nothing_and_a_valid_one_saves_and_submits_in_one_step()
    {
        await using var kit = await ReportingKit.StartAsync();
        var password = await kit.App.AddUserAsync("cmt-page", Roles.Reporter, "CMT");
        using var session = new BrowserlessSession(kit.App);
        await session.SignInAsync("cmt-page", password);
        var reader = await kit.ReporterAsync("CMT");
        var before = await ReportAsync(reader, "CMT");
        var task = before.Tasks[0];
        var indicator = before.Indicators[0];
        Dictionary<string, string> Form(string numerator, string denominator) => new()
        {
            ["Version"] = before.Version.ToString(CultureInfo.InvariantCulture),
            ["Narrative"] = "Tình hình chung gửi từ trang",
            ["Tasks[0].PlanItemId"] = task.PlanItemId.ToString(CultureInfo.InvariantCulture),
            ["Tasks[0].Status"] = task.Status.ToString(),
            ["Tasks[0].Results"] = "Kết quả gửi từ trang",
            ["Indicators[0].Code"] = indicator.Code,
            ["Indicators[0].Numerator"] = numerator,
            ["Indicators[0].Denominator"] = denominator,
        };

        // The entries are valid on their own but the indicator's numerator is above its denominator:
        // a save-then-submit would have saved the narrative and task, or moved the report anyway.
        var refused = await session.PostFormAsync("/reporting/2026/CMT?handler=submit", "/reporting/2026/CMT", Form("5", "2"));
        var afterRefusal = await ReportAsync(reader, "CMT");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("lớn hơn mẫu số", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(
            (before.State, before.Version, before.Narrative, before.Tasks[0].Results, before.Indicators[0].Numerator, before.History.Count),
            (afterRefusal.State, afterRefusal.Version, afterRefusal.Narrative, afterRefusal.Tasks[0].Results, afterRefusal.Indicators[0].Numerator, afterRefusal.History.Count));

        var accepted = await session.PostFormAsync("/reporting/2026/CMT?handler=submit", "/reporting/2026/CMT", Form("5", "10"));
        var submitted = await ReportAsync(reader, "CMT");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(
            (ReportState.Submitted, "Tình hình chung gửi từ trang", "Kết quả gửi từ trang", (decimal?)5m, (decimal?)10m),
            (submitted.State, submitted.Narrative, submitted.Tasks[0].Results, submitted.Indicators[0].Numerator, submitted.Indicators[0].Denominator));
        // One write: the version moves once, and the history gains the one submission.
        Assert.Equal(before.Version + 1, submitted.Version);
        Assert.Equal("submitted", Assert.Single(submitted.History.Skip(before.History.Count)).Action);
    }
}
