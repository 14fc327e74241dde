using Microsoft.Playwright;

namespace TheoDoi.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download). The test command installs the
/// `chromium` package; without it these tests fail rather than skip. $THEODOI_CHROMIUM names another
/// Chromium build (default /usr/bin/chromium). Browser tests carry the trait Category=Browser.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    /// <summary>Starts Chromium; <paramref name="language"/> (e.g. "en-US") is the browser's own language, that of its built-in words.</summary>
    public static async Task<Browser> LaunchAsync(string? language = null)
    {
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("THEODOI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", .. (language is null ? Array.Empty<string>() : ["--lang=" + language]),
            ],
        });
        return new Browser(playwright, chromium);
    }

    /// <summary>Signs in through the real form as a fresh visitor (cookies cleared first).</summary>
    public static async Task SignInAsync(IPage page, string address, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(address + "/account/signout");
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(address + "/account/signin");
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", password);
        // Signing in hashes the password (deliberately slow): on a busy two-core CI machine the
        // default 30 s was seen to run out. The wait is for the form's answer itself, then for the
        // next page asked of the page itself: Playwright's own load-state wait after this redirect
        // was seen twice on PostgreSQL runs to hang 90 s with the page loaded ("NetworkIdle event
        // fired"), both through WaitForURL. A refused sign-in says why instead of timing out.
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("button[type=submit]"),
            r => r.Request.Method == "POST" && r.Url.Contains("/account/signin", StringComparison.Ordinal),
            new PageRunAndWaitForResponseOptions { Timeout = 90_000 });
        if (answer.Status != 302)
        {
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            var said = await page.Locator("main").InnerTextAsync();
            throw new InvalidOperationException($"Signing in {username} was answered {answer.Status}: {said}");
        }

        await WaitForPageAsync(page, "!location.pathname.startsWith('/account/signin')");
    }

    /// <summary>
    /// Waits, asking the page itself, until <paramref name="where"/> (a JavaScript condition on
    /// <c>location</c>) holds and the document has loaded with its stylesheets. Playwright's own
    /// load-state waits (WaitForURL with Load, WaitForLoadState) were seen on CI to hang 90 s with
    /// the page loaded, on SQLite and PostgreSQL runs alike; polling the page does not.
    /// </summary>
    public static async Task WaitForPageAsync(IPage page, string where)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync(
            $"() => ({where}) && document.readyState === 'complete'",
            null,
            new PageWaitForFunctionOptions { Timeout = 90_000, PollingInterval = 100 });
    }

    /// <summary>
    /// Runs <paramref name="action"/> (a click that navigates, a form post) and waits for the next
    /// document to have loaded: the current one is marked first, so the old page, still complete
    /// while the navigation is in flight, is never taken for the new one.
    /// </summary>
    public static async Task NavigateByAsync(IPage page, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(action);
        await page.EvaluateAsync("() => { window.__theodoiLeaving = true; }");
        await action();
        await WaitForPageAsync(page, "!window.__theodoiLeaving");
    }

    /// <summary>Where screenshots go: $THEODOI_SCREENSHOTS, else artifacts/screenshots in the repository.</summary>
    public static string ScreenshotPath(string name)
    {
        var directory = Environment.GetEnvironmentVariable("THEODOI_SCREENSHOTS");
        if (string.IsNullOrEmpty(directory))
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "TheoDoi.sln")))
            {
                root = root.Parent;
            }

            directory = Path.Combine(root?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        }

        Directory.CreateDirectory(directory);
        return Path.Combine(directory, $"{name}-{TestDatabase.Provider.ToString().ToLowerInvariant()}.png");
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
