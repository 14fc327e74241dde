using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// The cycle as people live it: the coordinator opens 2026, units type their reports (saved as they
/// type), submit — with the cursor still in a field —, get them back with a reason, resubmit, and
/// the coordinator accepts (after confirming) and issues the consolidated report.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ReportingBrowserTests
{
    /// <summary>Clicks "Gửi báo cáo"/"Gửi lại báo cáo" and waits for the page the post lands on (the script posts after the save in flight).</summary>
    private static async Task SubmitReportAsync(IPage page)
    {
        await Infrastructure.Browser.NavigateByAsync(page, async () =>
        {
            var posted = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("handler=submit", StringComparison.OrdinalIgnoreCase));
            await page.ClickAsync("button[data-submit-report]");
            await posted;
        });
    }

    private static async Task OpenCycleAsync(IPage page, string address)
    {
        await page.GotoAsync(address + "/reporting");
        await page.FillAsync("#year", "2026");
        await page.ClickAsync("form[action*='handler=open'] button[type=submit]");
        Assert.EndsWith("/reporting/2026", page.Url, StringComparison.Ordinal);
    }

    private static async Task AcceptAsync(IPage page, string address, string unit)
    {
        await page.GotoAsync($"{address}/reporting/2026/{unit}");
        await page.ClickAsync("[data-testid=accept-step] button[type=submit]");
        await page.Locator("[data-testid=confirm-accept]").WaitForAsync(); // a confirm step, without inline script
        Assert.StartsWith("Đã gửi", (await page.InnerTextAsync("[data-testid=state]")).Trim(), StringComparison.Ordinal); // submitted or resubmitted: nothing happened yet
        await page.ClickAsync("[data-testid=confirm-accept] button[type=submit]");
        Assert.Contains("đã được chấp nhận", await page.InnerTextAsync("[data-testid=locked]"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Makes the race of the blur autosave and the submit deterministic: the submit's request is held
    /// until the server has answered the autosave, as when the autosave arrives first.
    /// </summary>
    private static async Task HoldSubmitsUntilAutosaveAnsweredAsync(IPage page)
    {
        var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(new Regex("handler=autosave"), async route =>
        {
            var response = await route.FetchAsync();
            saved.TrySetResult();
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
        await page.RouteAsync(new Regex("handler=submit"), async route =>
        {
            await saved.Task.WaitAsync(TimeSpan.FromSeconds(20));
            await route.ContinueAsync();
        });
    }

    [Fact]
    public async Task Submitting_with_the_cursor_still_in_a_field_submits_the_typed_text_without_a_false_conflict()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var coordinatorPassword = await app.AddUserAsync("vkhtc-race", Roles.Coordinator);
        var reporterPassword = await app.AddUserAsync("cmt-race", Roles.Reporter, "CMT");
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        await Infrastructure.Browser.SignInAsync(page, app.Address, "vkhtc-race", coordinatorPassword);
        await OpenCycleAsync(page, app.Address);

        await Infrastructure.Browser.SignInAsync(page, app.Address, "cmt-race", reporterPassword);
        await HoldSubmitsUntilAutosaveAnsweredAsync(page);
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        await page.FillAsync("#narrative", "Gõ xong rồi bấm gửi ngay.");
        await SubmitReportAsync(page); // the blur fires the autosave at the same moment

        Assert.Equal("Đã gửi", (await page.InnerTextAsync("[data-testid=state]")).Trim());
        Assert.DoesNotContain("người khác", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal("Gõ xong rồi bấm gửi ngay.", await page.InputValueAsync("#narrative"));

        await Infrastructure.Browser.SignInAsync(page, app.Address, "vkhtc-race", coordinatorPassword);
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        await page.FillAsync("#reason", "Bổ sung tình hình chung");
        await page.ClickAsync("form[action*='handler=return'] button[type=submit]");
        await page.Locator(".notice.ok").WaitForAsync();

        await Infrastructure.Browser.SignInAsync(page, app.Address, "cmt-race", reporterPassword);
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        await page.FillAsync("#narrative", "Đã bổ sung tình hình chung theo yêu cầu.");
        await SubmitReportAsync(page); // "Gửi lại báo cáo"

        Assert.Equal("Đã gửi lại", (await page.InnerTextAsync("[data-testid=state]")).Trim());
        Assert.DoesNotContain("người khác", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal("Đã bổ sung tình hình chung theo yêu cầu.", await page.InputValueAsync("#narrative"));
    }

    [Theory]
    [InlineData(1366, 900)]
    [InlineData(390, 844)]
    public async Task The_2026_year_of_the_reporting_roles_with_a_notice_at_every_step(int width, int height)
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var coordinator = await app.AddUserAsync("vkhtc-year", Roles.Coordinator);
        var environment = await app.AddUserAsync("cmt-year", Roles.Reporter, "CMT");
        var planning = await app.AddUserAsync("vkhtc-unit-year", Roles.Reporter, "VKHTC");
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        async Task ShotAsync(string name) =>
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"year-{name}-{width}"), FullPage = true });
        async Task NoticeAsync(string subject)
        {
            await page.GotoAsync(app.Address + "/notifications");
            Assert.Contains(subject, await page.InnerTextAsync("[data-testid=notifications]"), StringComparison.Ordinal);
        }

        await Infrastructure.Browser.SignInAsync(page, app.Address, "vkhtc-year", coordinator);
        await OpenCycleAsync(page, app.Address);

        foreach (var (unit, user, password, text) in new[]
        {
            ("CMT", "cmt-year", environment, "Cục Môi trường triển khai đủ các nhiệm vụ năm 2026."),
            ("VKHTC", "vkhtc-unit-year", planning, "Vụ Kế hoạch - Tài chính đôn đốc, tổng hợp báo cáo năm 2026."),
        })
        {
            await Infrastructure.Browser.SignInAsync(page, app.Address, user, password);
            await page.GotoAsync($"{app.Address}/reporting/2026/{unit}");
            await page.FillAsync("#narrative", text);
            await page.Locator("#autosave-status").Filter(new LocatorFilterOptions { HasText = "Đã lưu lúc" }).WaitForAsync();
            if (unit == "CMT")
            {
                await ShotAsync("report-form");
            }

            await SubmitReportAsync(page);
            Assert.Equal("Đã gửi", (await page.InnerTextAsync("[data-testid=state]")).Trim());
        }

        await Infrastructure.Browser.SignInAsync(page, app.Address, "vkhtc-year", coordinator);
        await NoticeAsync("Cục Môi trường đã gửi báo cáo năm 2026");
        await NoticeAsync("Vụ Kế hoạch - Tài chính đã gửi báo cáo năm 2026");
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        await page.FillAsync("#reason", "Đề nghị bổ sung số liệu khu công nghiệp");
        await page.ClickAsync("form[action*='handler=return'] button[type=submit]");
        await page.Locator(".notice.ok").WaitForAsync();

        await Infrastructure.Browser.SignInAsync(page, app.Address, "cmt-year", environment);
        await NoticeAsync("Báo cáo năm 2026 bị trả lại");
        Assert.Contains("Đề nghị bổ sung số liệu khu công nghiệp", await page.InnerTextAsync("[data-testid=notifications]"), StringComparison.Ordinal);
        await page.GotoAsync(app.Address + "/reporting/2026/CMT");
        await page.FillAsync("#difficulties", "Số liệu khu công nghiệp đã được bổ sung.");
        await SubmitReportAsync(page);
        Assert.Equal("Đã gửi lại", (await page.InnerTextAsync("[data-testid=state]")).Trim());

        await Infrastructure.Browser.SignInAsync(page, app.Address, "vkhtc-year", coordinator);
        await NoticeAsync("Cục Môi trường đã gửi lại báo cáo năm 2026");
        await page.GotoAsync(app.Address + "/reporting/2026/CMT?confirm=accept");
        await ShotAsync("confirm-accept");
        await AcceptAsync(page, app.Address, "CMT");
        await AcceptAsync(page, app.Address, "VKHTC");
        await page.GotoAsync(app.Address + "/reporting/2026");
        await ShotAsync("dashboard");
        Assert.Equal(2, await page.Locator("[data-testid=dashboard] .status-done").CountAsync());
        // Making a document takes a while (PDF: seconds of LibreOffice): the page says so until the file is saved.
        // The answer is held back here so that the waiting is seen.
        await page.RouteAsync(new System.Text.RegularExpressions.Regex("handler=consolidated"), async route =>
        {
            await Task.Delay(1500);
            await route.ContinueAsync();
        });
        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await page.ClickAsync("a[href*='handler=consolidated&format=docx']:not([href*='party']):not([href*='draft'])");
            Assert.Contains("Đang tạo tệp", await page.InnerTextAsync("[data-testid=busy-status]"), StringComparison.Ordinal);
        });
        await page.Locator("[data-testid=busy-status]").Filter(new LocatorFilterOptions { HasText = "Đã tải xong." }).WaitForAsync();
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        await page.UnrouteAllAsync();
        var docx = await download.PathAsync();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx!, false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Cục Môi trường triển khai đủ các nhiệm vụ năm 2026.", text, StringComparison.Ordinal);
            Assert.Contains("Vụ Kế hoạch - Tài chính đôn đốc, tổng hợp báo cáo năm 2026.", text, StringComparison.Ordinal);
        }

        await Infrastructure.Browser.SignInAsync(page, app.Address, "cmt-year", environment);
        await NoticeAsync("Báo cáo năm 2026 đã được chấp nhận");
        await ShotAsync("notifications");
        await Infrastructure.Browser.SignInAsync(page, app.Address, "vkhtc-unit-year", planning);
        await NoticeAsync("Báo cáo năm 2026 đã được chấp nhận");
    }
}
