using System.Net;
using System.Text.Json;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Water;

/// <summary>
/// A refused import tells its reasons in the reader's language: a Vietnamese clerk reads Vietnamese on
/// the import page and in the API, the English switch (the language cookie) gives English, and never
/// both glued together.
/// </summary>
public sealed class ImportRefusalLanguageTests
{
    private const string UnknownStation = WaterImportTests.Header + "XX-99,2026-03-10T09:00:00+07:00,DO,5,mg/L,\n";
    private const string Vietnamese = "Trạm 'XX-99' chưa có trong danh mục; hãy khai báo trạm trước";
    private const string English = "unknown station 'XX-99'; register it first";

    [Fact]
    public async Task The_import_page_gives_the_reason_of_an_unknown_station_in_the_page_language_only()
    {
        await using var app = await TestApp.StartAsync();
        var password = await app.AddUserAsync("steward-lang", Roles.DataSteward);
        using var session = new BrowserlessSession(app);
        await session.SignInAsync("steward-lang", password);

        var vietnamese = await PostPageAsync(session);
        (await session.GetAsync("/language?c=en&returnUrl=/water/import")).Dispose();
        var english = await PostPageAsync(session);

        Assert.Contains(Vietnamese, vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown station", vietnamese, StringComparison.Ordinal);
        Assert.Contains(English, english, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa có trong danh mục", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_the_reason_of_an_unknown_station_in_the_callers_language()
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward);

        var vietnamese = await PostApiAsync(steward, english: false);
        var english = await PostApiAsync(steward, english: true);

        Assert.StartsWith(Vietnamese, vietnamese.Reason, StringComparison.Ordinal);
        Assert.Contains("không có dữ liệu nào được ghi", vietnamese.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("nothing was written", vietnamese.Detail, StringComparison.Ordinal);
        Assert.StartsWith(English, english.Reason, StringComparison.Ordinal);
        Assert.Contains("nothing was written", english.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("không có dữ liệu", english.Detail, StringComparison.Ordinal);
    }

    private static async Task<string> PostPageAsync(BrowserlessSession session)
    {
        var page = await (await session.GetAsync("/water/import")).Content.ReadAsStringAsync();
        using var form = WaterImportTests.File(UnknownStation, "tram-la.csv");
        form.Add(new StringContent(BrowserlessSession.AntiforgeryToken(page)), "__RequestVerificationToken");
        using var response = await session.PostAsync("/water/import", form);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"import-errors\"", html, StringComparison.Ordinal);
        return html;
    }

    private static async Task<(string Reason, string Detail)> PostApiAsync(HttpClient client, bool english)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/water/observations/import") { Content = WaterImportTests.File(UnknownStation) };
        if (english)
        {
            request.Headers.Add("Cookie", $"{TheoDoi.Web.Language.CookieName}=c%3Den-GB%7Cuic%3Den-GB"); // the EN switch
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("station", error.GetProperty("column").GetString());
        return (error.GetProperty("reason").GetString()!, problem.RootElement.GetProperty("detail").GetString()!);
    }
}
