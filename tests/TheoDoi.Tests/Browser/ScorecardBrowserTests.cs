using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using TheoDoi.Tests.Water.Security;

namespace TheoDoi.Tests.Browser;

/// <summary>The public opens /water/security, follows a dimension to its inputs and a station to its page, on a desktop and a 390 px phone, in Vietnamese and English.</summary>
[Trait("Category", "Browser")]
public sealed class ScorecardBrowserTests
{
    [Fact]
    public async Task The_scorecard_shows_status_words_links_each_dimension_to_its_inputs_and_fits_a_phone()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Clock: new FakeTimeProvider(ScorecardFixture.Now)));
        await ScorecardFixture.LoadAsync(app);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = SiteWalk.Desktop, Height = 900 } });

        foreach (var (language, culture) in new[] { ("vi", "vi-VN"), ("en", "en-GB") })
        {
            await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "theodoi.lang", Value = $"c={culture}|uic={culture}", Url = app.Address }]);
            foreach (var width in new[] { SiteWalk.Desktop, SiteWalk.Phone })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync(app.Address + "/water/security?year=2025");
                var availability = page.Locator("[data-testid=basin-cards] [data-dimension=availability]");
                Assert.Contains(language == "en" ? "poor" : "kém", await availability.InnerTextAsync(), StringComparison.Ordinal);
                Assert.Equal(5, await page.Locator("[data-testid=basin-cards] a").CountAsync());
                Assert.True(await page.Locator("svg.map circle[data-station='SC-Q']").CountAsync() == 1);
                var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                Assert.True(scroll[0] <= scroll[1] + 1, $"{width} px scrolls sideways: {scroll[0]} > {scroll[1]}");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"security-{language}-{width}"), FullPage = true });
            }
        }

        await page.ClickAsync("[data-testid=sub-basins] tr[data-code='DN-SG-DN'] td[data-dimension=availability] a");
        Assert.EndsWith("#DN-SG-DN-availability", page.Url, StringComparison.Ordinal);
        await page.ClickAsync("#DN-SG-DN-availability tr[data-code='SC-Q'] a");
        Assert.Contains("/water/stations/SC-Q", page.Url, StringComparison.Ordinal);
    }
}
