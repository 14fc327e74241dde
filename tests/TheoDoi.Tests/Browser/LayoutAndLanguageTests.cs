using Microsoft.Playwright;

namespace TheoDoi.Tests.Browser;

/// <summary>The demo installation and one Chromium, shared by the walks of every role.</summary>
[Trait("Category", "Browser")]
public sealed class DemoSiteFixture : IAsyncLifetime
{
    private readonly Dictionary<string, Task<SiteWalk>> _walks = [];

    public TestApp App { get; private set; } = null!;
    public Infrastructure.Browser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        Browser = await Infrastructure.Browser.LaunchAsync();
    }

    /// <summary>Each role is walked once; the tests read different findings of the same walk.</summary>
    public Task<SiteWalk> WalkAsync(string account)
    {
        lock (_walks)
        {
            if (!_walks.TryGetValue(account, out var walk))
            {
                walk = StartWalkAsync(account);
                _walks[account] = walk;
            }

            return walk;
        }
    }

    private async Task<SiteWalk> StartWalkAsync(string account)
    {
        if (account == "anonymous")
        {
            return await SiteWalk.RunAsync(Browser.Chromium, App.Address, account, null, null);
        }

        var passwords = (await File.ReadAllLinesAsync(Path.Combine(App.Data.DataDirectory, "demo-accounts.txt")))
            .Select(line => line.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts[1]);
        return await SiteWalk.RunAsync(Browser.Chromium, App.Address, account, account, passwords[account]);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
    }
}

/// <summary>
/// Every role walks every page it is offered, on a 390 px phone and a 1366 px desktop, in Vietnamese
/// and in English: nothing scrolls sideways, inputs keep room for a figure, each page speaks the
/// reader's language only, and no link leads to a 401, 403, 404 or 500.
/// </summary>
public sealed class LayoutAndLanguageTests(DemoSiteFixture site) : IClassFixture<DemoSiteFixture>
{
    public static TheoryData<string> Accounts =>
        ["anonymous", "demo-reporter", "demo-coordinator", "demo-steward", "demo-leader", "demo-admin"];

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task No_page_scrolls_sideways_on_a_phone_or_a_desktop(string account)
    {
        var walk = await site.WalkAsync(account);
        Assert.True(walk.Pages.Count >= 3, $"{account} reached only: {string.Join(", ", walk.Pages)}");
        Assert.True(walk.Overflow.Count == 0, $"{account}: {walk.Overflow.Count} of {walk.Pages.Count} pages scroll sideways:\n" + string.Join('\n', walk.Overflow));
    }

    // A field that takes the rest of a form row wraps to its own line on a phone (.filters > div.grow)
    // rather than shrink to 17 px, as "reason" on /indicators/review and "name" on /registries/parks did.
    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Inputs_keep_room_for_a_figure_on_a_phone(string account)
    {
        var walk = await site.WalkAsync(account);
        Assert.True(walk.NarrowInputs.Count == 0, $"{account}: inputs narrower than {SiteWalk.MinInputWidth} px:\n" + string.Join('\n', walk.NarrowInputs));
    }

    // Stored record text (plan texts, task titles, audit values) is data, not interface text: pages
    // mark it with its own lang attribute, which the word check skips; everything else must match.
    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Each_page_speaks_only_the_language_chosen(string account)
    {
        var walk = await site.WalkAsync(account);
        Assert.True(walk.OtherLanguage.Count == 0, $"{account}: text of the other language:\n" + string.Join('\n', walk.OtherLanguage));
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task No_link_offered_leads_to_an_error_or_a_refusal(string account)
    {
        var walk = await site.WalkAsync(account);
        Assert.True(walk.DeadLinks.Count == 0, $"{account}: dead ends:\n" + string.Join('\n', walk.DeadLinks));
    }

    [Fact]
    public async Task The_site_has_a_favicon_and_the_api_reference_loads_nothing_from_outside()
    {
        await using var context = await site.Browser.Chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(site.App.Address, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync(site.App.Address + "/");
        var icon = await page.GetAttributeAsync("link[rel=icon]", "href");
        Assert.NotNull(icon);
        var iconResponse = await context.APIRequest.GetAsync(site.App.Address + icon);
        Assert.Equal(200, iconResponse.Status);

        await page.GotoAsync(site.App.Address + "/api-docs/v1");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), location.href).href)");
        outside.AddRange(links.Where(l => l.StartsWith("http", StringComparison.Ordinal) && !l.StartsWith(site.App.Address, StringComparison.Ordinal)));
        Assert.Contains("/api/v1/tasks", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        var authentication = await page.InnerTextAsync("[data-testid=api-authentication]");
        foreach (var credential in new[] { "/account/signin", "POST", "/api/v1/auth/token", "Authorization: Bearer", "X-Api-Key" })
        {
            Assert.Contains(credential, authentication, StringComparison.Ordinal);
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("api-docs"), FullPage = true });
        Assert.True(outside.Count == 0, "outside services: " + string.Join(", ", outside.Distinct()));
    }
}
