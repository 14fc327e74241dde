using Microsoft.Playwright;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// A salinity intake's page shows its statistical forecast (chart, bands, label and skill) on a desktop and
/// a 390 px phone, in Vietnamese and English, without scrolling sideways; a river with too little history
/// says so instead; a well shows its 12-month forecast.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ForecastBrowserTests
{
    [Fact]
    public async Task The_forecast_section_shows_the_label_the_skill_and_the_bands_in_both_languages()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Clock: StationForecastFixture.Clock()));
        await StationForecastFixture.SeedAsync(app);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = SiteWalk.Desktop, Height = 900 } });

        foreach (var (language, culture) in new[] { ("vi", "vi-VN"), ("en", "en-GB") })
        {
            await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "theodoi.lang", Value = $"c={culture}|uic={culture}", Url = app.Address }]);
            var english = language == "en";
            foreach (var width in new[] { SiteWalk.Desktop, SiteWalk.Phone })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync(app.Address + "/water/stations/HP-01");
                var forecast = page.Locator("[data-testid=forecast]");
                Assert.Contains(english ? "statistical forecast, not a hydrological model" : "dự báo thống kê, không phải mô hình thủy văn", await forecast.InnerTextAsync(), StringComparison.Ordinal);
                Assert.Contains(english ? "skill" : "kỹ năng", await page.InnerTextAsync("[data-testid=forecast-skill]"), StringComparison.Ordinal);
                Assert.Equal(2, await forecast.Locator("svg polygon").CountAsync());
                var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                Assert.True(scroll[0] <= scroll[1] + 1, $"{width} px scrolls sideways: {scroll[0]} > {scroll[1]}");
                await forecast.ScreenshotAsync(new LocatorScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"forecast-salinity-{language}-{width}") });

                await page.GotoAsync(app.Address + "/water/stations/DN-H1");
                Assert.Contains(english ? "Needs at least 360 hourly values" : "Cần ít nhất 360 giá trị theo giờ", await page.InnerTextAsync("[data-testid=forecast-refused]"), StringComparison.Ordinal);
                if (width == SiteWalk.Desktop)
                {
                    await page.Locator("[data-testid=forecast]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"forecast-refused-{language}") });
                    await page.GotoAsync(app.Address + "/water/stations/GW-01");
                    Assert.Equal(2, await page.Locator("[data-testid=forecast] svg polygon").CountAsync());
                    await page.Locator("[data-testid=forecast]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"forecast-well-{language}") });
                }
            }
        }
    }
}
