using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>A person signs in with Chromium, opens the plan and the units, and the pages are captured.</summary>
[Trait("Category", "Browser")]
public sealed class PlanPageBrowserTests
{
    [Fact]
    public async Task A_user_signs_in_and_reads_the_plan_tree_and_the_units()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var password = await app.AddUserAsync("browser-user", Roles.Coordinator);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await page.GotoAsync(app.Address + "/");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("home-anonymous"), FullPage = true });
        await page.GotoAsync(app.Address + "/plans");
        // Not signed in: the plan sends the user to the sign-in form first.
        Assert.Contains("/account/signin", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#username", "browser-user");
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.GotoAsync(app.Address + "/plans");

        var tree = page.GetByTestId("plan-tree");
        Assert.Equal(6, await tree.Locator("details").CountAsync());
        Assert.Contains("Quán triệt, tuyên truyền", await tree.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.GetByTestId("demo-banner").IsVisibleAsync(), "demo data must be labelled on every page");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("plan"), FullPage = true });

        await page.GotoAsync(app.Address + "/units");
        Assert.Contains("Tỉnh Bình Dương", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("units"), FullPage = true });

        await page.GotoAsync(app.Address + "/");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("home"), FullPage = true });
        Assert.True(File.Exists(Infrastructure.Browser.ScreenshotPath("plan")));
    }
}
