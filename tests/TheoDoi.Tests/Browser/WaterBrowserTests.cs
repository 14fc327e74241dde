using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>The public sees the station page with its charts; a data steward imports a quarter's spreadsheet and sees the result.</summary>
[Trait("Category", "Browser")]
public sealed class WaterBrowserTests
{
    [Fact]
    public async Task The_station_page_shows_the_index_the_charts_and_the_limits_and_a_steward_imports_a_spreadsheet()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var password = await app.AddUserAsync("steward-browser", Roles.DataSteward);
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        int located;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Every quality station with a position is a circle (the other types are lettered marks).
            located = await scope.ServiceProvider.GetRequiredService<TheoDoi.Data.AppDbContext>().WaterStations
                .CountAsync(s => s.Type == TheoDoi.Water.StationType.Quality && s.Latitude != null && s.Longitude != null);
        }

        await page.GotoAsync(app.Address + "/water");
        Assert.True(located >= 9, $"the demo has its eight quality stations and the border one, not {located}");
        Assert.Equal(located, await page.Locator("svg.map circle[data-station]").CountAsync());
        Assert.Contains("CC BY-SA 4.0", await page.InnerTextAsync("[data-testid=attribution]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("water-map"), FullPage = true });

        await page.ClickAsync("[data-testid=stations] tr[data-code='SG-07'] a");
        Assert.Contains("/water/stations/SG-07", page.Url, StringComparison.Ordinal);
        Assert.Contains("WQI", await page.InnerTextAsync("[data-testid=latest]"), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=wqi-chart] svg circle").CountAsync() > 10);
        Assert.True(await page.Locator("[data-testid=parameter-charts] [data-parameter=DO] svg line[stroke='#00A000']").CountAsync() >= 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("water-station"), FullPage = true });

        await page.GotoAsync(app.Address + "/water/stations/DN-AUTO-DEMO?resolution=hour");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("water-automatic"), FullPage = true });

        await page.GotoAsync(app.Address + "/account/signin?returnUrl=/water/import");
        await page.FillAsync("#username", "steward-browser");
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.SetInputFilesAsync("#file", new FilePayload
        {
            Name = "quy-4-2026.csv",
            MimeType = "text/csv",
            Buffer = "station,time,pH,DO (mg/L),temp,BOD5 (mg/L),COD (mg/L),NH4_N (mg/L),PO4_P (mg/L),coliform\nSG-01,20/11/2026 09:00,7.0,3.2,29,14,30,1.2,0.4,24000\n"u8.ToArray(),
        });
        await page.ClickAsync("#upload button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=import-ok]");
        Assert.Contains("quy-4-2026.csv", await page.InnerTextAsync("[data-testid=import-ok]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("water-import"), FullPage = true });

        await page.GotoAsync(app.Address + "/water/alerts");
        Assert.Contains("SG-01", await page.InnerTextAsync("[data-testid=alerts]"), StringComparison.Ordinal);
        await page.GotoAsync(app.Address + "/water/basin");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("water-basin"), FullPage = true });
    }
}
