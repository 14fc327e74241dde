using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>A reporter updates its unit's project with an attachment in one form (nothing typed is ever dropped) and sees the group's roll-up move.</summary>
[Trait("Category", "Browser")]
public sealed class TaskBrowserTests
{
    [Fact]
    public async Task A_reporter_updates_progress_with_an_attachment_and_the_group_rollup_changes()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var password = await app.AddUserAsync("cmt-browser", Roles.Reporter, "CMT");
        var projectId = await app.WithDbAsync(db => db.PlanItems.Where(i => i.Code == "6.2").Select(i => i.Id).SingleAsync());
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(app.Address + "/account/signin");
        await page.FillAsync("#username", "cmt-browser");
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");

        await page.GotoAsync(app.Address + "/tasks");
        var rollup = page.Locator("[data-testid=rollups] tr[data-group='6']");
        var before = await rollup.InnerTextAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("tasks"), FullPage = true });

        await page.GotoAsync($"{app.Address}/tasks/{projectId}");
        // A refused file keeps what was typed: progress, comment and description are shown again, nothing saved.
        await page.FillAsync("#progress", "97");
        await page.FillAsync("#comment", "Bản nháp chưa lưu");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "virus.exe", MimeType = "application/octet-stream", Buffer = "MZ"u8.ToArray() });
        await page.ClickAsync("[data-testid=task-form] button[type=submit]");
        Assert.Contains("không được phép", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("97", await page.InputValueAsync("#progress"));
        Assert.Equal("Bản nháp chưa lưu", await page.InputValueAsync("#comment"));
        Assert.DoesNotContain("Bản nháp chưa lưu", await page.InnerTextAsync("[data-testid=history]"), StringComparison.Ordinal);

        // Pick a file, change progress, click "Lưu" once: both are saved.
        await page.FillAsync("#progress", "100");
        await page.FillAsync("#comment", "Hồ sơ đề án đã trình đầy đủ");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "to-trinh.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF\n"u8.ToArray() });
        await page.FillAsync("#description", "Tờ trình Thủ tướng");
        await page.ClickAsync("[data-testid=task-form] button[type=submit]");
        Assert.Contains("Đã lưu cập nhật và minh chứng.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("to-trinh.pdf", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Hồ sơ đề án đã trình đầy đủ", await page.InnerTextAsync("[data-testid=history]"), StringComparison.Ordinal);
        Assert.Equal("100", await page.InputValueAsync("#progress"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("task-detail"), FullPage = true });

        await page.GotoAsync(app.Address + "/tasks");
        var after = await page.Locator("[data-testid=rollups] tr[data-group='6']").InnerTextAsync();

        // Demo data: 6.1 at 80% and 6.2 at 90% → 85%; with 6.2 at 100% the group stands at 90%.
        Assert.Contains("85%", before, StringComparison.Ordinal);
        Assert.Contains("90%", after, StringComparison.Ordinal);
        await page.GotoAsync(app.Address + "/tasks/timeline");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("timeline"), FullPage = true });
        await page.GotoAsync(app.Address + "/projects");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("projects"), FullPage = true });
    }
}
