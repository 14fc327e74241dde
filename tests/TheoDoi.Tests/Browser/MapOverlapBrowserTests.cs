using Microsoft.Playwright;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// Two stations a few hundred metres apart (the demo's SG-05 and the Hòa Phú salinity intake
/// SG-HOAPHU-MAN) show as two separate dots on the station maps of /water and /water/security, each one
/// on top where it is drawn, so a click at its centre opens that station — desktop and phone, vi and en.
/// </summary>
[Trait("Category", "Browser")]
public sealed class MapOverlapBrowserTests
{
    private static readonly string[] s_neighbours = ["SG-05", "SG-HOAPHU-MAN"];

    [Fact]
    public async Task Neighbouring_stations_get_two_visible_dots_each_opening_its_own_station()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        await using var browser = await Infrastructure.Browser.LaunchAsync();
        var page = await browser.Chromium.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = SiteWalk.Desktop, Height = 900 } });
        foreach (var language in new[] { "vi", "en" })
        {
            await page.GotoAsync($"{app.Address}/language?c={language}&returnUrl=/water");
            foreach (var width in new[] { SiteWalk.Desktop, SiteWalk.Phone })
            {
                await page.SetViewportSizeAsync(width, 900);
                foreach (var path in new[] { "/water", "/water/security" })
                {
                    await page.GotoAsync(app.Address + path);
                    await page.Locator("svg.map").ScrollIntoViewIfNeededAsync();
                    await page.Locator("svg.map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"map{path.Replace('/', '-')}-{language}-{width}") });
                    var boxes = new List<LocatorBoundingBoxResult>();
                    foreach (var code in s_neighbours)
                    {
                        var dot = page.Locator($"svg.map [data-station='{code}']");
                        Assert.True(await dot.IsVisibleAsync(), $"{path} {language} {width}: no dot for {code}");
                        await dot.ScrollIntoViewIfNeededAsync();
                        var box = (await dot.BoundingBoxAsync())!;
                        boxes.Add(box);
                        // The element on top at the dot's centre belongs to this station's link.
                        var hit = await dot.EvaluateAsync<string?>(
                            "e => { const r = e.getBoundingClientRect(); return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('a')?.querySelector('[data-station]')?.getAttribute('data-station'); }");
                        Assert.Equal(code, hit);
                    }

                    // Both boxes in the same scroll position, so they compare.
                    await page.Locator($"svg.map [data-station='{s_neighbours[0]}']").ScrollIntoViewIfNeededAsync();
                    boxes = [.. await Task.WhenAll(s_neighbours.Select(async code => (await page.Locator($"svg.map [data-station='{code}']").BoundingBoxAsync())!))];
                    var (a, b) = (boxes[0], boxes[1]);
                    var overlapX = Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X);
                    var overlapY = Math.Min(a.Y + a.Height, b.Y + b.Height) - Math.Max(a.Y, b.Y);
                    Assert.True(overlapX <= 0 || overlapY <= 0, $"{path} {language} {width}: the dots of {s_neighbours[0]} and {s_neighbours[1]} overlap");
                }
            }
        }
    }
}
