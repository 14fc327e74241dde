using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// The cycle as people live it: the coordinator opens 2026, Cục Môi trường types its report (saved as
/// it types), submits, gets it back with a reason, resubmits, and the coordinator accepts it.
/// </summary>
public sealed class ReportingBrowserTests
{
    private static async Task SignInAsync(IPage page, string address, string username, string password)
    {
        await page.GotoAsync(address + "/account/signout");
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(address + "/account/signin");
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    [Fact]
    public async Task Open_fill_autosave_submit_return_resubmit_accept()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var coordinatorPassword = await app.AddUserAsync("vkhtc-browser", Roles.Coordinator);
        var reporterPassword = await app.AddUserAsync("cmt-report", Roles.Reporter, "CMT");
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await SignInAsync(page, app.Address, "vkhtc-browser", coordinatorPassword);
        await page.GotoAsync(app.Address + "/reporting");
        await page.FillAsync("#year", "2026");
        await page.ClickAsync("form[action*='handler=open'] button[type=submit]");
        Assert.EndsWith("/reporting/2026", page.Url, StringComparison.Ordinal);

        await SignInAsync(page, app.Address, "cmt-report", reporterPassword);
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        await page.FillAsync("#narrative", "Cục Môi trường đã triển khai đầy đủ các nhiệm vụ năm 2026.");
        await page.Locator("#autosave-status").Filter(new LocatorFilterOptions { HasText = "Đã lưu lúc" }).WaitForAsync();
        await page.ReloadAsync();
        Assert.Equal("Cục Môi trường đã triển khai đầy đủ các nhiệm vụ năm 2026.", await page.InputValueAsync("#narrative"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("report-form"), FullPage = true });
        await page.ClickAsync("button[formaction*='handler=submit']");
        Assert.Contains("Đã gửi", await page.InnerTextAsync("[data-testid=state]"), StringComparison.Ordinal);

        await SignInAsync(page, app.Address, "vkhtc-browser", coordinatorPassword);
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        await page.FillAsync("#reason", "Đề nghị bổ sung số liệu khu công nghiệp");
        await page.ClickAsync("form[action*='handler=return'] button[type=submit]");
        await page.Locator(".notice.ok").WaitForAsync(); // the post completed before signing out

        await SignInAsync(page, app.Address, "cmt-report", reporterPassword);
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        Assert.Contains("Đề nghị bổ sung số liệu khu công nghiệp", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.ClickAsync("button[formaction*='handler=submit']");
        Assert.Contains("Đã gửi lại", await page.InnerTextAsync("[data-testid=state]"), StringComparison.Ordinal);

        await SignInAsync(page, app.Address, "vkhtc-browser", coordinatorPassword);
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        await page.ClickAsync("form[action*='handler=accept'] button[type=submit]");
        Assert.Contains("đã được chấp nhận", await page.InnerTextAsync("[data-testid=locked]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("report-accepted"), FullPage = true });
        await page.GotoAsync(app.Address + "/reporting/2025");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("reporting-dashboard-2025"), FullPage = true });
        Assert.Contains("Nộp muộn", await page.InnerTextAsync("[data-testid=dashboard]"), StringComparison.Ordinal); // demo: VKHTC 5 days late
    }
}
