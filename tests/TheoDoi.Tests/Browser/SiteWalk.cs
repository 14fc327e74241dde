using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// What one role meets on the demo installation: every page reachable from the home page through
/// links (one of each kind), opened at 1366 px and 390 px, in Vietnamese and in English. Problems are
/// collected, not thrown, so one run lists all of them.
/// </summary>
public sealed partial class SiteWalk
{
    public const int Desktop = 1366;
    public const int Phone = 390;

    /// <summary>Text and number inputs narrower than this cannot show a typed figure.</summary>
    public const int MinInputWidth = 88;

    private const int MaxPages = 40;
    private const int PerShape = 1;

    private readonly string _address;
    private readonly string _role;
    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private readonly Dictionary<string, int> _shapes = [];
    private readonly HashSet<string> _seen = [];
    private readonly HashSet<string> _checkedLinks = [];

    private SiteWalk(string address, string role, IBrowserContext context, IPage page)
    {
        _address = address;
        _role = role;
        _context = context;
        _page = page;
    }

    public List<string> Pages { get; } = [];
    public List<string> DeadLinks { get; } = [];
    public List<string> Overflow { get; } = [];
    public List<string> NarrowInputs { get; } = [];
    public List<string> OtherLanguage { get; } = [];

    public static async Task<SiteWalk> RunAsync(IBrowser browser, string address, string role, string? username, string? password)
    {
        // An English-speaking browser: its own validation bubbles would be English unless the page speaks for itself.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Desktop, Height = 900 },
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        var walk = new SiteWalk(address, role, context, page);
        if (username is not null)
        {
            await Infrastructure.Browser.SignInAsync(page, address, username, password!);
        }

        await walk.WalkAsync();
        await context.CloseAsync();
        return walk;
    }

    private async Task WalkAsync()
    {
        var queue = new Queue<(string Url, string From)>();
        queue.Enqueue(("/", "(start)"));
        _seen.Add("/");
        while (queue.Count > 0 && Pages.Count < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            await SetLanguageAsync("vi");
            await _page.SetViewportSizeAsync(Desktop, 900);
            var response = await _page.GotoAsync(_address + url);
            var status = response?.Status ?? 0;
            var landed = new Uri(_page.Url).PathAndQuery;
            if (status >= 400 || (landed.StartsWith("/account/signin", StringComparison.Ordinal) && !url.StartsWith("/account/signin", StringComparison.Ordinal)))
            {
                DeadLinks.Add($"{url} (from {from}) → {status} {landed}");
                continue;
            }

            Pages.Add(url);
            var name = ScreenshotName(url);
            await CheckLayoutAsync(url, Desktop, name);
            await CheckLanguageAsync(url, "vi");
            foreach (var link in await LinksAsync())
            {
                if (IsDownload(link))
                {
                    await CheckDownloadAsync(link, url);
                }
                else if (_seen.Add(link) && TakeShape(link))
                {
                    queue.Enqueue((link, url));
                }
            }

            await _page.SetViewportSizeAsync(Phone, 844);
            await CheckLayoutAsync(url, Phone, name);
            await SetLanguageAsync("en");
            await _page.ReloadAsync();
            await CheckLanguageAsync(url, "en");
        }
    }

    private async Task SetLanguageAsync(string language) =>
        await _context.AddCookiesAsync([new Microsoft.Playwright.Cookie
        {
            Name = "theodoi.lang",
            Value = $"c={(language == "en" ? "en-GB" : "vi-VN")}|uic={(language == "en" ? "en-GB" : "vi-VN")}",
            Url = _address,
        }]);

    private async Task CheckLayoutAsync(string url, int width, string name)
    {
        var scroll = await _page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (scroll[0] > scroll[1] + 1)
        {
            Overflow.Add($"{url} at {width} px: {scroll[0]} > {scroll[1]} — {await WidestAsync(scroll[1])}");
        }

        var narrow = await _page.EvaluateAsync<string[]>(
            """
            (min) => [...document.querySelectorAll('input, select, textarea')]
              .filter(e => !['checkbox', 'radio', 'hidden', 'submit', 'button'].includes(e.type))
              .map(e => [e, e.getBoundingClientRect().width])
              .filter(([e, w]) => w > 0 && w < min)
              .map(([e, w]) => (e.name || e.id || e.type) + ' ' + Math.round(w) + 'px')
            """, MinInputWidth);
        if (narrow.Length > 0)
        {
            NarrowInputs.Add($"{url} at {width} px: {string.Join(", ", narrow.Distinct().Take(5))}");
        }

        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"walk-{_role}-{width}-{name}"), FullPage = true });
    }

    /// <summary>The element sticking out furthest, so a failure says where to look.</summary>
    private async Task<string> WidestAsync(int clientWidth) =>
        await _page.EvaluateAsync<string>(
            """
            (cw) => { let best = null, right = cw;
              for (const e of document.body.querySelectorAll('*')) { const r = e.getBoundingClientRect().right; if (r > right + 1) { right = r; best = e; } }
              return best ? best.tagName.toLowerCase() + (best.className ? '.' + String(best.className).split(' ')[0] : '') + ' right=' + Math.round(right) : '?'; }
            """, clientWidth);

    private async Task CheckLanguageAsync(string url, string language)
    {
        // Text in elements marked with another lang (proper names, the language switch) is not counted.
        var text = await _page.EvaluateAsync<string>(
            """
            () => { const lang = document.documentElement.lang.slice(0, 2); const parts = [];
              const foreign = e => { const l = e.closest('[lang]'); return l && l.lang.slice(0, 2) !== lang; };
              // English pages still show Vietnamese records (task titles, unit names): only the interface's own text counts there.
              const chrome = lang === 'vi' ? null : 'header, footer, th, label, button, legend, .notice, .error, .hint';
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n; (n = walker.nextNode());) { const e = n.parentElement; if (!e || e.closest('script, style') || foreign(e) || (chrome && !e.closest(chrome))) continue; parts.push(n.textContent); }
              for (const e of document.querySelectorAll('[placeholder], [title], [aria-label]')) { if (foreign(e)) continue; parts.push(e.getAttribute('placeholder') || '', e.getAttribute('title') || '', e.getAttribute('aria-label') || ''); }
              for (const f of document.forms) { f.checkValidity(); for (const c of f.elements) { if (c.willValidate && !c.validity.valid) parts.push(c.validationMessage); } }
              return parts.join(' \n '); }
            """);
        var pattern = language == "vi" ? EnglishWords() : VietnameseWords();
        var hits = pattern.Matches(Whitespace().Replace(text, " ")).Select(m => Around(text, m)).Distinct().Take(4).ToList();
        if (hits.Count > 0)
        {
            OtherLanguage.Add($"{url} [{language}]: {string.Join(" | ", hits)}");
        }
    }

    private static string Around(string text, Match match)
    {
        var flat = Whitespace().Replace(text, " ");
        var start = Math.Max(0, match.Index - 30);
        return "…" + flat.Substring(start, Math.Min(flat.Length - start, match.Length + 60)).Trim() + "…";
    }

    private async Task<IReadOnlyList<string>> LinksAsync()
    {
        var hrefs = await _page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), location.href).href)");
        var origin = new Uri(_address);
        var result = new List<string>();
        foreach (var href in hrefs)
        {
            if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.Authority != origin.Authority)
            {
                continue;
            }

            var local = uri.PathAndQuery;
            if (local.StartsWith("/language", StringComparison.Ordinal) || local.StartsWith("/account/signout", StringComparison.Ordinal))
            {
                continue;
            }

            result.Add(local);
        }

        return result.Distinct().ToList();
    }

    private static bool IsDownload(string link) =>
        link.StartsWith("/api/", StringComparison.Ordinal) || link.StartsWith("/openapi/", StringComparison.Ordinal) || link == "/health"
        || DownloadPattern().IsMatch(link);

    private async Task CheckDownloadAsync(string link, string from)
    {
        if (!_checkedLinks.Add(link))
        {
            return;
        }

        var response = await _context.APIRequest.GetAsync(_address + link, new APIRequestContextOptions { MaxRedirects = 0 });
        if (response.Status >= 400)
        {
            DeadLinks.Add($"{link} (from {from}) → {response.Status}");
        }
    }

    /// <summary>Pages of one kind (a task, a unit, a filter) are opened once, not once per record.</summary>
    private bool TakeShape(string link)
    {
        var path = link.Split('?')[0];
        var query = link.Contains('?', StringComparison.Ordinal) ? link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..] : "";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select((s, i) => i > 0 && CodeSegment().IsMatch(s) ? "*" : s.ToLowerInvariant());
        var keys = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        var shape = "/" + string.Join('/', segments) + "?" + string.Join('&', keys);
        var count = _shapes.GetValueOrDefault(shape);
        _shapes[shape] = count + 1;
        return count < PerShape;
    }

    private static string ScreenshotName(string url)
    {
        var name = NotAlphanumeric().Replace(url.Trim('/'), "_").Trim('_');
        return name.Length == 0 ? "home" : name.Length > 60 ? name[..60] : name;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotAlphanumeric();

    [GeneratedRegex(@"(format=|handler=|\.(csv|xlsx|docx|pdf|json|xml)$|/download|/template|/export|/evidence/|/waterml)", RegexOptions.IgnoreCase)]
    private static partial Regex DownloadPattern();

    [GeneratedRegex(@"\d|^[A-Z][A-Z0-9_-]+$")]
    private static partial Regex CodeSegment();

    // English on a Vietnamese page. Whole words only, so "Theo", "Thể" and brand names do not count.
    [GeneratedRegex(@"\b(the|and|of|is|are|not found|invalid|row|column|please|error|below|above|required|must|cannot|assumed|recorded|reasonable|demo data)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();

    // Vietnamese on an English page (diacritics make these unambiguous).
    [GeneratedRegex(@"(?<!\p{L})(của|và|không|đơn vị|được|những|các|chưa|năm|nhiệm vụ|báo cáo|chỉ tiêu)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseWords();
}
