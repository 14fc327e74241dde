using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TheoDoi.Accounts;
using TheoDoi.Indicators;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// The coordinator reviews submitted indicator values: a value of 97.5 with 39 of 40 reads "97,5" and
/// "39/40" — no figure on the page carries meaningless trailing zeros ("97,50", "40,00").
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class IndicatorNumbersBrowserTests
{
    [Fact]
    public async Task The_review_page_shows_indicator_values_without_trailing_zeros()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var password = await app.AddUserAsync("vkhtc-numbers", Roles.Coordinator);
        var id = await app.WithDbAsync(async db =>
        {
            var value = await db.IndicatorValues.Where(v => v.State == ValueState.Submitted && v.UnitId != null).OrderBy(v => v.Id).FirstAsync();
            (value.Value, value.Numerator, value.Denominator) = (97.5m, 39m, 40m);
            await db.SaveChangesAsync();
            return value.Id;
        });
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = SiteWalk.Desktop, Height = 900 } });
        // The shared sign-in waits until the sign-in page is left (a wait for "/indicators/review" matched
        // the sign-in address's own returnUrl, before the password was even checked).
        await Infrastructure.Browser.SignInAsync(page, app.Address, "vkhtc-numbers", password);
        await page.GotoAsync(app.Address + "/indicators/review");

        var cells = await page.Locator($"[data-testid=pending] tr[data-id='{id}'] td.num").AllInnerTextsAsync();
        Assert.Equal(["97,5", "39/40"], cells.Select(c => c.Trim()));
        var figures = await page.Locator("main td.num").AllInnerTextsAsync();
        Assert.DoesNotContain(figures, f => TrailingZero().IsMatch(f));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("indicator-review-numbers"), FullPage = true });
    }

    /// <summary>A decimal comma followed by digits ending in 0: "97,50", "40,00".</summary>
    [GeneratedRegex(@"\d,\d*0(?!\d)")]
    private static partial Regex TrailingZero();
}
