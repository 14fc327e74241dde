using TheoDoi.Accounts;

namespace TheoDoi.Tests.Web;

/// <summary>
/// Codes are matched without regard to case (links are generated in lower case, people type either),
/// and a page path never answers raw JSON: 404/400 render an HTML page, /api keeps problem+json.
/// </summary>
public sealed class CodeCaseAndErrorPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Theory]
    [InlineData("/water/stations/sg-01")]
    [InlineData("/water/stations/SG-01")]
    [InlineData("/water/stations/Sg-01")]
    public async Task A_station_page_answers_whatever_the_case_of_its_code(string url)
    {
        var response = await App.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bến Củi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/units/cmt")]
    [InlineData("/indicators/kcn-xlnt")]
    [InlineData("/indicators/ctr-sh-dt/versions")]
    public async Task Unit_and_indicator_pages_answer_in_lower_case(string url)
    {
        var username = "case-" + Guid.NewGuid().ToString("N")[..6];
        var password = await App.AddUserAsync(username, Roles.Coordinator);
        using var session = new BrowserlessSession(App);
        await session.SignInAsync(username, password);

        var response = await session.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/water/stations/sg-01")]
    [InlineData("/api/v1/units/cmt/history")]
    [InlineData("/api/v1/indicators/kcn-xlnt")]
    public async Task Api_routes_match_codes_without_regard_to_case(string url)
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_steward_validates_a_period_through_the_lower_case_form_address()
    {
        var username = "case-steward-" + Guid.NewGuid().ToString("N")[..6];
        var password = await App.AddUserAsync(username, Roles.DataSteward);
        using var session = new BrowserlessSession(App);
        await session.SignInAsync(username, password);

        var response = await session.PostFormAsync("/water/stations/sg-01?handler=validate", "/water/stations/SG-01", new Dictionary<string, string>
        {
            ["from"] = "2026-01-01",
            ["to"] = "2026-03-31",
            ["state"] = "Validated",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_an_HTML_page_in_the_readers_language_and_the_api_keeps_problem_json()
    {
        var client = App.CreateClient();

        var page = await client.GetAsync("/water/stations/NO-SUCH");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.StartsWith("text/html", page.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy trang", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\":", html, StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        english.Headers.Add("Cookie", "theodoi.lang=c%3Den-GB%7Cuic%3Den-GB");
        var englishPage = await client.SendAsync(english);
        Assert.Equal(HttpStatusCode.NotFound, englishPage.StatusCode);
        Assert.Contains("Page not found", await englishPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await (await App.ClientAsAsync(Roles.Leader)).GetAsync("/api/v1/water/stations/NO-SUCH");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_sign_in_required_page_says_so_in_the_readers_language_and_offers_the_sign_in()
    {
        var client = App.CreateClient();

        var page = await client.GetAsync("/error/401");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Contains("Cần đăng nhập", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/signin\"", html, StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/error/401");
        english.Headers.Add("Cookie", "theodoi.lang=c%3Den-GB%7Cuic%3Den-GB");
        var englishHtml = await (await client.SendAsync(english)).Content.ReadAsStringAsync();
        Assert.Contains("Sign-in required", englishHtml, StringComparison.Ordinal);
        Assert.Contains("for signed-in users only", englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("đăng nhập", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_form_post_renders_an_HTML_page_not_json()
    {
        var response = await App.CreateClient().PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Yêu cầu không hợp lệ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
