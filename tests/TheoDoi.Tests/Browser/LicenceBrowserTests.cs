using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// A data steward registers two abstraction licences and their monthly volumes, then reads the register
/// and a licence's month-by-month compliance: the licence over its maximum is badged, the one ending
/// within 90 days is flagged, figures read in the page's culture, on a desktop and a 390 px phone, in
/// Vietnamese and English.
/// </summary>
[Trait("Category", "Browser")]
public sealed class LicenceBrowserTests
{
    [Fact]
    public async Task The_register_and_a_licence_show_the_over_limit_month_and_the_expiry_in_both_languages()
    {
        // 15/06/2026: a licence valid to 01/08/2026 ends within 90 days.
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true,
            Clock: new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(7)))));
        var api = await app.ClientAsAsync(Roles.DataSteward);
        const decimal overMax = 100m, okMax = 1500m;
        foreach (var (number, source, max, to) in new[] { ("12/GP-BTNMT", "ground", overMax, "2028-12-31"), ("7/GP-UBND", "surface", okMax, "2026-08-01") })
        {
            var saved = await api.PostAsJsonAsync("/api/v1/water/licences", new
            {
                number,
                holder = "Công ty Cấp nước Thử " + number,
                source,
                waterBody = source == "ground" ? "qp2-3" : "sông Sài Gòn",
                province = "79",
                latitude = 10.8m,
                longitude = 106.7m,
                purpose = "cấp nước sinh hoạt",
                maxM3PerDay = max,
                validFrom = "2025-01-01",
                validTo = to,
                issuingBody = "Bộ Nông nghiệp và Môi trường",
                state = "active",
            });
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        // January has 31 days: 12/GP-BTNMT may take 31 × 100 m³ and took more; 7/GP-UBND stays below 31 × 1 500 m³.
        var overVolume = overMax * 31 + 900m;
        var okVolume = okMax * 31 - 5000m;
        Assert.True((await api.PutAsJsonAsync("/api/v1/water/licences/12%2FGP-BTNMT/volumes", new { items = new[] { new { year = 2026, month = 1, volumeM3 = overVolume } } })).IsSuccessStatusCode);
        Assert.True((await api.PutAsJsonAsync("/api/v1/water/licences/7%2FGP-UBND/volumes", new { items = new[] { new { year = 2026, month = 1, volumeM3 = okVolume } } })).IsSuccessStatusCode);

        // Both works lie inside this zone; only the groundwater one is flagged (the zone restricts groundwater).
        const string zone = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Vùng hạn chế thử\",\"decision\":\"3225/QĐ-UBND\",\"validFrom\":\"2024-08-15\",\"kind\":\"restricted\"},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[106.6,10.7],[106.8,10.7],[106.8,10.9],[106.6,10.9],[106.6,10.7]]]}}]}";
        Assert.True((await api.PostAsync("/api/v1/water/zones", new StringContent(zone, System.Text.Encoding.UTF8, "application/geo+json"))).IsSuccessStatusCode);

        var password = await app.AddUserAsync("steward-licences", Roles.DataSteward);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = SiteWalk.Desktop, Height = 900 } });
        await Infrastructure.Browser.SignInAsync(page, app.Address, "steward-licences", password);
        await page.GotoAsync(app.Address + "/water");
        await page.ClickAsync("[data-testid=licences-link]");
        Assert.EndsWith("/water/licences", page.Url, StringComparison.Ordinal);

        foreach (var (language, culture) in new[] { ("vi", "vi-VN"), ("en", "en-GB") })
        {
            await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "theodoi.lang", Value = $"c={culture}|uic={culture}", Url = app.Address }]);
            var english = language == "en";
            string N(decimal value) => value.ToString("#,##0", System.Globalization.CultureInfo.GetCultureInfo(culture));
            foreach (var width in new[] { SiteWalk.Desktop, SiteWalk.Phone })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync(app.Address + "/water/licences");
                var over = page.Locator("[data-testid=licences] tr[data-number='12/GP-BTNMT']");
                var ok = page.Locator("[data-testid=licences] tr[data-number='7/GP-UBND']");
                Assert.Contains(english ? "over licence" : "vượt giấy phép", await over.Locator("[data-testid=compliance]").InnerTextAsync(), StringComparison.Ordinal);
                Assert.Contains(english ? "within licence" : "trong giới hạn", await ok.Locator("[data-testid=compliance]").InnerTextAsync(), StringComparison.Ordinal);
                Assert.Contains(N(okMax), await ok.InnerTextAsync(), StringComparison.Ordinal);
                Assert.Equal(1, await ok.Locator("[data-testid=expiring]").CountAsync());
                Assert.Equal(0, await over.Locator("[data-testid=expiring]").CountAsync());
                Assert.Contains(english ? "restricted zone" : "vùng hạn chế khai thác", await over.Locator("[data-testid=zone]").InnerTextAsync(), StringComparison.Ordinal);
                Assert.Equal(0, await ok.Locator("[data-testid=zone]").CountAsync());
                Assert.True(await page.Locator("#upload input[type=file]").IsVisibleAsync());
                await AssertNoSidewaysScrollAsync(page, width);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"licences-{language}-{width}"), FullPage = true });

                // The table can be in the DOM before the stylesheet applies; measured then, the page is unstyled and wide.
                await Infrastructure.Browser.NavigateByAsync(page, () => over.Locator("a").First.ClickAsync());
                Assert.Contains("/water/licences/detail", page.Url, StringComparison.Ordinal);
                await page.WaitForSelectorAsync("[data-testid=months]");
                Assert.Contains("12/GP-BTNMT", await page.InnerTextAsync("[data-testid=licence] h1"), StringComparison.Ordinal);
                var january = await page.Locator("[data-testid=months] tr[data-month='1'] td").AllInnerTextsAsync();
                Assert.Equal(N(overVolume), january[1].Trim());
                Assert.Equal(N(overMax * 31), january[2].Trim());
                Assert.Contains(english ? "over licence" : "vượt giấy phép", january[4], StringComparison.Ordinal);
                Assert.Equal(12, await page.Locator("[data-testid=months] tbody tr").CountAsync());
                Assert.Contains("3225/QĐ-UBND", await page.InnerTextAsync("[data-testid=licence]"), StringComparison.Ordinal);
                await AssertNoSidewaysScrollAsync(page, width);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"licence-detail-{language}-{width}"), FullPage = true });
            }
        }
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, int width)
    {
        var scroll = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(scroll[0] <= scroll[1] + 1, $"{page.Url} at {width} px scrolls sideways: {scroll[0]} > {scroll[1]}");
    }
}
