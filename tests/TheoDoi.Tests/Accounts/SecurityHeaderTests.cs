using Microsoft.Playwright;
using TheoDoi.Accounts;
using TheoDoi.Shared;
using TheoDoi.Web;

namespace TheoDoi.Tests.Accounts;

/// <summary>Every response — page, static file, API — carries the security headers; none names the server.</summary>
public sealed class SecurityHeaderTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    public static TheoryData<string> Paths => new() { "/", "/account/signin", "/css/site.css", "/js/autosave.js", "/health", "/api/v1/me", "/no-such-page" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_response_carries_csp_nosniff_referrer_and_frame_headers(string path)
    {
        var response = await App.CreateClient().GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.PagePolicy, csp);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task An_authorized_api_answer_carries_the_headers_too()
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);

        var response = await client.GetAsync("/api/v1/plans");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.PagePolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_api_reference_has_its_own_policy_that_still_forbids_framing()
    {
        var response = await App.CreateClient().GetAsync("/api-docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.ApiReferencePolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    [Trait("Category", "Browser")]
    public async Task The_real_server_does_not_advertise_itself_and_pages_load_without_csp_violations()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var password = await app.AddUserAsync("csp-user", Roles.Coordinator);
        using var http = app.CreateClient();
        var head = await http.GetAsync("/");
        Assert.False(head.Headers.Contains("Server"), "the Server header names the web server");

        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync(app.Address + "/account/signin");
        await page.FillAsync("#username", "csp-user");
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        foreach (var path in new[] { "/", "/plans", "/units", "/water", "/reporting", "/indicators", "/api-docs" })
        {
            await page.GotoAsync(app.Address + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        Assert.Empty(violations);
    }
}
