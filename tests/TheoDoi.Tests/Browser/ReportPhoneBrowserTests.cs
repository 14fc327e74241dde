using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// A reporter fills its unit's indicators on a phone: the indicator's name is readable (not one word
/// per line), each field keeps room for a figure and has its label, and the page never scrolls
/// sideways — at 390 px and 1366 px, in Vietnamese and in English.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ReportPhoneBrowserTests
{
    /// <summary>Narrower than this, a name such as "Tỷ lệ khu công nghiệp … có hệ thống xử lý nước thải tập trung" breaks after every word.</summary>
    private const int MinNameWidth = 140;

    [Fact]
    public async Task The_report_indicator_table_keeps_the_names_readable_on_a_phone_and_a_desktop_in_both_languages()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/v1/reporting/cycles", new { year = 2026 })).StatusCode);
        var password = await app.AddUserAsync("cmt-phone", Roles.Reporter, "CMT");
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = SiteWalk.Phone, Height = 844 } });
        await Infrastructure.Browser.SignInAsync(page, app.Address, "cmt-phone", password);

        foreach (var (language, numerator) in new[] { ("vi", "Tử số"), ("en", "Numerator") })
        {
            await page.GotoAsync($"{app.Address}/language?c={language}&returnUrl=/reporting/2026/CMT");
            foreach (var width in new[] { SiteWalk.Phone, SiteWalk.Desktop })
            {
                await page.SetViewportSizeAsync(width, width == SiteWalk.Phone ? 844 : 900);
                var table = page.Locator("[data-testid=report-indicators]");
                Assert.Equal(3, await table.Locator("tbody tr").CountAsync());
                var names = await table.Locator("tbody td.name").EvaluateAllAsync<double[]>("cells => cells.map(c => c.getBoundingClientRect().width)");
                Assert.All(names, w => Assert.True(w >= MinNameWidth, $"{language} at {width} px: the indicator name is {w:0} px wide"));
                var inputs = await table.Locator("tbody input[type=text]").EvaluateAllAsync<double[]>("inputs => inputs.map(i => i.getBoundingClientRect().width)");
                Assert.All(inputs, w => Assert.True(w >= SiteWalk.MinInputWidth, $"{language} at {width} px: a field is {w:0} px wide"));
                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"), $"{language}: the page scrolls sideways at {width} px");
                // Every field is labelled (the column head on a desktop, a label above it on a phone).
                Assert.Equal(numerator, (await page.Locator("label[for=ind0n]").TextContentAsync())?.Trim());
                if (width == SiteWalk.Phone)
                {
                    Assert.True(await page.Locator("label[for=ind0n]").IsVisibleAsync(), $"{language}: the field's label is not shown on a phone");
                }

                await table.ScrollIntoViewIfNeededAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"report-indicators-{language}-{width}"), FullPage = true });
            }
        }
    }
}
