using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// A new user with the demo data: the three indicators with their status for the region and each
/// province, by new and old units, the reason for a status, the registers, and the public page
/// without an account. Screenshots go to artifacts/screenshots.
/// </summary>
[Trait("Category", "Browser")]
public sealed class IndicatorBrowserTests
{
    [Fact]
    public async Task Leaders_see_status_and_reasons_by_old_and_new_units_and_the_public_page_works_without_an_account()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var password = await app.AddUserAsync("vkhtc-browser", Roles.Coordinator);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var options = new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };

        var visitor = await browser.Chromium.NewPageAsync(options);
        await visitor.GotoAsync(app.Address + "/public/indicators");
        Assert.Equal(3, await visitor.Locator("[data-testid=indicator-list] tbody tr").CountAsync());
        Assert.Contains("đúng tiến độ", await visitor.InnerTextAsync("[data-testid=indicator-list]"), StringComparison.Ordinal);
        await visitor.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("public-indicators"), FullPage = true });
        await visitor.ClickAsync("a[href='/public/indicators/KCN-XLNT']");
        Assert.Contains("Vì sao có trạng thái này?", await visitor.InnerTextAsync("[data-testid=progress]"), StringComparison.Ordinal);
        Assert.Equal(1, await visitor.Locator("[data-testid=chart] svg").CountAsync());
        await visitor.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("public-indicator"), FullPage = true });

        var page = await browser.Chromium.NewPageAsync(options);
        await page.GotoAsync(app.Address + "/account/signin");
        await page.FillAsync("#username", "vkhtc-browser");
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.GotoAsync(app.Address + "/indicators");
        var list = await page.InnerTextAsync("[data-testid=indicator-list]");
        Assert.Contains("TP. Hồ Chí Minh", list, StringComparison.Ordinal);
        Assert.Contains("Tây Ninh", list, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("indicators"), FullPage = true });

        // By old units, Tây Ninh's hazardous waste treatment slipped after 2022 (demo): deterioration, and why.
        await page.GotoAsync(app.Address + "/indicators/CTNH?by=old&includeLongAn=false&unit=72");
        Assert.Equal(7, await page.Locator("[data-testid=values-table] tbody tr").CountAsync() - 2);
        Assert.Equal("thụt lùi", await page.InnerTextAsync("[data-testid=cagr-status]"));
        Assert.Contains("→ thụt lùi", await page.InnerTextAsync("[data-testid=cagr-why]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("indicator-old-units"), FullPage = true });

        await page.GotoAsync(app.Address + "/indicators/KCN-XLNT?by=new&includeLongAn=true&unit=region");
        Assert.Contains("Vùng Đông Nam Bộ (gồm Long An)", await page.InnerTextAsync("[data-testid=progress]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("indicator-new-units"), FullPage = true });

        await page.GotoAsync(app.Address + "/indicators/review");
        Assert.True(await page.Locator("[data-testid=pending] tbody tr").CountAsync() > 0);
        Assert.Contains("Khác xa các năm trước", await page.InnerTextAsync("[data-testid=flagged]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("indicator-review"), FullPage = true });
        await page.ClickAsync("button[name=approve][value=true]");
        Assert.Contains("Đã duyệt", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        await page.GotoAsync(app.Address + "/indicators/entry?code=CTR-SH-DT&year=2025");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("indicator-entry"), FullPage = true });

        await page.GotoAsync(app.Address + "/registries/parks/indicator?at=2024-12-31");
        var indicator1 = page.Locator("[data-testid=park-indicator] tr[data-unit='74'] td.num a").First;
        var compliant = await indicator1.InnerTextAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("park-indicator"), FullPage = true });
        await indicator1.ClickAsync();
        Assert.Equal(int.Parse(compliant, System.Globalization.CultureInfo.InvariantCulture), await page.Locator("[data-testid=parks] tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("parks"), FullPage = true });

        await page.GotoAsync(app.Address + "/registries/waste?year=2024");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("waste"), FullPage = true });
    }
}
