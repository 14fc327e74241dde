using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// An admin records a partner and its agreement on /exchange/partners, issues a key (shown once) and
/// reads /exchange after the partner used it: on a desktop and a 390 px phone, in Vietnamese and
/// English, without sideways scrolling.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ExchangeBrowserTests
{
    [Fact]
    public async Task An_admin_records_a_partner_issues_a_key_and_reads_what_was_shared()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true,
            Clock: new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(7)))));
        var password = await app.AddUserAsync("admin-exchange", Roles.Admin);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = SiteWalk.Desktop, Height = 900 } });
        await Infrastructure.Browser.SignInAsync(page, app.Address, "admin-exchange", password);

        await page.GotoAsync(app.Address + "/exchange/partners");
        await page.ClickAsync("details.card > summary");
        await page.FillAsync("#name-new", "Ủy hội sông Mê Kông (thử)");
        await page.FillAsync("#country-new", "LA");
        await page.FillAsync("#contact-new", "data@mrc.example");
        await page.FillAsync("#document-new", "Biên bản ghi nhớ số 3/2026");
        await page.FillAsync("#signed-new", "05/01/2026");
        await page.FillAsync("#expires-new", "31/12/2026");
        await page.CheckAsync("[data-testid=form-new] input[name=groups][value=quality]");
        await page.CheckAsync("[data-testid=form-new] input[name=groups][value=salinity]");
        await page.CheckAsync("[data-testid=form-new] input[name=scope][value=stations]");
        await page.FillAsync("#stations-new", "SG-01, SG-05");
        await page.ClickAsync("[data-testid=form-new] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=done]");
        await page.ClickAsync("[data-testid^=issue-]");
        var key = (await page.InnerTextAsync("[data-testid=new-key] code")).Trim();
        Assert.StartsWith("tdk_", key, StringComparison.Ordinal);

        using var partner = new HttpClient { BaseAddress = new Uri(app.Address) };
        partner.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync("/api/v1/public/water/stations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync("/api/v1/public/water/stations/SG-02")).StatusCode);

        foreach (var (language, culture) in new[] { ("vi", "vi-VN"), ("en", "en-GB") })
        {
            await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "theodoi.lang", Value = $"c={culture}|uic={culture}", Url = app.Address }]);
            foreach (var width in new[] { SiteWalk.Desktop, SiteWalk.Phone })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync(app.Address + "/exchange/partners");
                Assert.Contains("SG-01, SG-05", await page.InnerTextAsync("[data-testid=partners]"), StringComparison.Ordinal);
                await page.ClickAsync("[data-testid=partners] details > summary");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"exchange-partners-{language}-{width}"), FullPage = true });
                await AssertNoSidewaysScrollAsync(page, width);

                await page.GotoAsync(app.Address + "/exchange?year=2026");
                Assert.Contains("06/2026", await page.InnerTextAsync("[data-testid=exchange-months]"), StringComparison.Ordinal);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"exchange-log-{language}-{width}"), FullPage = true });
                await AssertNoSidewaysScrollAsync(page, width);
            }
        }
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, int width)
    {
        var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(scroll[0] <= scroll[1] + 1, $"{page.Url} at {width} px scrolls sideways: {scroll[0]} > {scroll[1]}");
    }
}
