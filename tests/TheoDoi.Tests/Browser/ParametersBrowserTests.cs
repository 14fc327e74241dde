using Microsoft.Playwright;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// The parameter page that WaterML exports point at opens without an account, reaches the row of a parameter
/// by its fragment, and reads on a desktop and a 390 px phone in Vietnamese and English without scrolling sideways.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ParametersBrowserTests
{
    [Fact]
    public async Task The_parameter_page_lists_every_code_with_its_UCUM_unit_in_both_languages()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = SiteWalk.Desktop, Height = 900 } });

        foreach (var (language, culture) in new[] { ("vi", "vi-VN"), ("en", "en-GB") })
        {
            await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "theodoi.lang", Value = $"c={culture}|uic={culture}", Url = app.Address }]);
            foreach (var width in new[] { SiteWalk.Desktop, SiteWalk.Phone })
            {
                await page.SetViewportSizeAsync(width, 900);
                // Leave first: going to the same address with the same fragment would not load the page again.
                await page.GotoAsync("about:blank");
                await page.GotoAsync(app.Address + "/water/parameters#coliform");
                Assert.Equal(language == "en" ? "Total coliforms" : "Tổng Coliform", await page.InnerTextAsync("tr[id=coliform] td:nth-child(2)"));
                Assert.Equal("{MPN}/100mL", await page.InnerTextAsync("tr[id=coliform] td:nth-child(4)"));
                Assert.Equal(Core.Water.WaterParameters.All.Count, await page.Locator("[data-testid=parameters] tbody tr").CountAsync());
                var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                Assert.True(scroll[0] <= scroll[1] + 1, $"{width} px scrolls sideways: {scroll[0]} > {scroll[1]}");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"parameters-{language}-{width}"), FullPage = width == SiteWalk.Phone });
            }
        }
    }
}
