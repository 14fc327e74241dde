using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// A data steward's quarter, end to end in the browser: imports a quarter's file and watches a
/// labelled progress bar, is notified when it finishes, validates a period on the station page (whose
/// form posts to the lower-case address), and the public then sees the validated data only.
/// </summary>
[Trait("Category", "Browser")]
public sealed class StewardYearBrowserTests
{
    [Fact]
    public async Task A_steward_imports_a_quarter_is_notified_validates_a_period_and_the_public_sees_only_validated_data()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true));
        var password = await app.AddUserAsync("steward-year", Roles.DataSteward);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        // The progress texts are kept across the page's document.write of the answer.
        await page.AddInitScriptAsync("""
            document.addEventListener('DOMContentLoaded', function () {
              var t = document.getElementById('progress-text');
              if (!t) return;
              new MutationObserver(function () { sessionStorage.setItem('progress', (sessionStorage.getItem('progress') || '') + '|' + t.textContent); })
                .observe(t, { childList: true, characterData: true, subtree: true });
            });
            """);
        await page.GotoAsync(app.Address + "/account/signin?returnUrl=/water/import");
        await page.FillAsync("#username", "steward-year");
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");

        // Quarter III, nine parameters a month: July and August are validated, September stays raw.
        var csv = new System.Text.StringBuilder("station,time,pH,DO (mg/L),temp,BOD5 (mg/L),COD (mg/L),NH4_N (mg/L),PO4_P (mg/L),coliform\n");
        foreach (var month in new[] { 7, 8, 9 })
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"SG-01,10/{month:00}/2026 09:00,7.0,5.2,29,6,14,0.4,0.1,2400\n");
        }

        await page.SetInputFilesAsync("#file", new FilePayload { Name = "quy-3-2026.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv.ToString()) });
        await page.ClickAsync("#upload button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=import-ok]");
        var shown = await page.EvaluateAsync<string>("sessionStorage.getItem('progress') || ''");
        Assert.Matches(@"(Đang tải tệp lên: \d+%|Đang đọc và kiểm tra)", shown);

        await page.GotoAsync(app.Address + "/notifications");
        var notices = await page.InnerTextAsync("[data-testid=notifications]");
        Assert.Contains("Đã nhập xong tệp quy-3-2026.csv", notices, StringComparison.Ordinal);
        Assert.Contains("24 giá trị — 24 mới", notices, StringComparison.Ordinal); // 3 rows × 8 parameter columns

        await page.GotoAsync(app.Address + "/water/stations/SG-01?from=2026-07-01&to=2026-09-30");
        await page.FillAsync("#vfrom", "01/07/2026");
        await page.FillAsync("#vto", "31/8/2026");
        await page.SelectOptionAsync("#vstate", "Validated");
        await page.ClickAsync("form[action*='handler=validate'] button[type=submit]");
        Assert.Contains("16 giá trị đã được đánh dấu đã kiểm định", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("/water/stations/sg-01", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("steward-validated"), FullPage = true });

        var visitor = await browser.Chromium.NewPageAsync();
        var response = await visitor.GotoAsync(app.Address + "/water/stations/sg-01?from=2026-07-01&to=2026-09-30");
        Assert.Equal(200, response!.Status);
        var samples = await visitor.InnerTextAsync("[data-testid=samples]");
        Assert.Contains("10/07/2026", samples, StringComparison.Ordinal);
        Assert.Contains("10/08/2026", samples, StringComparison.Ordinal);
        Assert.DoesNotContain("10/09/2026", samples, StringComparison.Ordinal);
        Assert.DoesNotContain("chưa kiểm định", samples, StringComparison.Ordinal);
    }
}
