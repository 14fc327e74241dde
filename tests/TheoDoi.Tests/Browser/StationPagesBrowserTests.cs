using Microsoft.Playwright;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// One station of each quantity type opened in a real browser, on a desktop and a phone, in Vietnamese
/// and English: the type section and its chart are there, and nothing is wider than the phone's screen.
/// </summary>
[Trait("Category", "Browser")]
public sealed class StationPagesBrowserTests
{
    [Fact]
    public async Task Each_station_type_shows_its_section_on_a_desktop_and_a_phone_in_both_languages()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true));
        await StationFixtures.AddAllAsync(app);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        (string Code, string Section, string Query)[] stations =
        [
            (StationFixtures.River, "level-section", ""),
            (StationFixtures.Reservoir, "storage-section", ""),
            (StationFixtures.Well, "well-section", ""),
            (StationFixtures.Salinity, "salinity-section", "?from=2023-12-01&to=2025-03-31"),
        ];

        foreach (var width in new[] { 1366, 390 })
        {
            var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
            foreach (var language in new[] { "vi", "en" })
            {
                await page.GotoAsync($"{app.Address}/language?c={language}&returnUrl=/water");
                foreach (var (code, section, query) in stations)
                {
                    await page.GotoAsync($"{app.Address}/water/stations/{code}{query}");

                    Assert.True(await page.Locator($"[data-testid={section}] svg.chart").IsVisibleAsync(), $"{code} {language} {width}: no chart");
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    Assert.True(overflow <= 0, $"{code} {language} {width}: the page is {overflow} px wider than the screen");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"station-{code}-{language}-{width}"), FullPage = true });
                }
            }

            await page.CloseAsync();
        }
    }
}
