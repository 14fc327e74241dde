using Microsoft.Playwright;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Browser;

/// <summary>
/// A browser whose own language is English draws "Choose File / No file chosen" in every file field,
/// whatever the page's language. Every file field of the site shows the page's words instead: a
/// button "Chọn tệp…" and "Chưa chọn tệp", then the chosen file's name; "Choose file…" on the
/// English switch. The real input stays (name, accept, required, keyboard focus, the page's own
/// validation message).
/// </summary>
[Trait("Category", "Browser")]
public sealed class FileFieldBrowserTests
{
    [Fact]
    public async Task Every_file_field_speaks_the_page_language_in_an_English_browser_and_shows_the_chosen_file()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true, Demo: true));
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/v1/reporting/cycles", new { year = 2026 })).StatusCode);
        var users = new Dictionary<string, string>
        {
            ["cmt-file"] = await app.AddUserAsync("cmt-file", Roles.Reporter, "CMT"),
            ["vkhtc-file"] = await app.AddUserAsync("vkhtc-file", Roles.Coordinator),
            ["steward-file"] = await app.AddUserAsync("steward-file", Roles.DataSteward),
        };
        var projectId = await app.WithDbAsync(db => db.PlanItems.Where(i => i.Code == "6.2").Select(i => i.Id).SingleAsync());
        await using var browser = await Infrastructure.Browser.LaunchAsync("en-US");
        await using var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = SiteWalk.Desktop, Height = 900 },
        });
        var page = await context.NewPageAsync();
        Assert.Equal("en-US", await page.EvaluateAsync<string>("navigator.language"));

        // Each page with a file field, seen by a role that is offered it (every file field of src/TheoDoi).
        var pages = new (string User, string Url)[]
        {
            ("cmt-file", $"/tasks/{projectId}"), // evidence with a task update
            ("cmt-file", "/reporting/2026/CMT"), // the report's attachment
            ("vkhtc-file", "/indicators/entry?code=CTR-SH-DT&year=2025"), // indicator workbook
            ("steward-file", "/water/import"),
            ("steward-file", "/registries/parks"),
            ("steward-file", "/registries/waste?year=2024"),
        };
        string? signedIn = null;
        foreach (var (user, url) in pages)
        {
            if (signedIn != user)
            {
                await Infrastructure.Browser.SignInAsync(page, app.Address, user, users[user]);
                signedIn = user;
            }

            await page.GotoAsync(app.Address + url);
            foreach (var width in new[] { SiteWalk.Desktop, SiteWalk.Phone })
            {
                await page.SetViewportSizeAsync(width, 900);
                var fields = await FieldsAsync(page);
                Assert.True(fields.Length > 0, $"{url}: no file field");
                foreach (var field in fields)
                {
                    Assert.True(field.Hidden, $"{url} at {width} px: the browser's own file widget is visible ({field.Id})");
                    Assert.Equal("Chọn tệp…", field.Button);
                    Assert.True(field.ButtonVisible, $"{url} at {width} px: the button of {field.Id} is not visible");
                    Assert.Equal("Chưa chọn tệp", field.Name);
                }

                Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"), $"{url} scrolls sideways at {width} px");
                await page.Locator("input[type=file]").First.ScrollIntoViewIfNeededAsync();
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath($"file-field-{width}-{url.Split('?')[0].Trim('/').Replace('/', '-')}") });
            }
        }

        // The water import (still signed in as the steward): the field keeps name, accept and required,
        // is reached with the keyboard, refuses an empty submit in Vietnamese, and shows the chosen name.
        await page.GotoAsync(app.Address + "/water/import");
        var file = page.Locator("#file");
        Assert.Equal("file", await file.GetAttributeAsync("name"));
        Assert.Equal(".csv,.xlsx,text/csv", await file.GetAttributeAsync("accept"));
        Assert.True(await file.EvaluateAsync<bool>("e => e.required"));
        await file.FocusAsync();
        Assert.Equal("file", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.ClickAsync("#upload button[type=submit]");
        Assert.Equal("Hãy chọn một tệp.", await file.EvaluateAsync<string>("e => e.validationMessage"));
        await file.SetInputFilesAsync(new FilePayload { Name = "quy-4-2026.csv", MimeType = "text/csv", Buffer = "station,time,pH\n"u8.ToArray() });
        Assert.Equal("quy-4-2026.csv", (await page.InnerTextAsync("#file-name")).Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Infrastructure.Browser.ScreenshotPath("file-field-chosen") });

        // The English switch: the page's English words.
        await page.GotoAsync(app.Address + "/language?c=en&returnUrl=/water/import");
        var english = Assert.Single(await FieldsAsync(page));
        Assert.Equal("Choose file…", english.Button);
        Assert.Equal("No file chosen", english.Name);
        Assert.True(english.Hidden);
    }

    /// <summary>Each file field: is the browser's widget invisible, and what do its button and name say.</summary>
    private static async Task<Field[]> FieldsAsync(IPage page) =>
        await page.EvaluateAsync<Field[]>(
            """
            () => [...document.querySelectorAll('input[type=file]')].map(e => {
              const button = document.querySelector(`label.file-button[for="${e.id}"]`);
              const name = document.getElementById(e.id + '-name');
              const box = button ? button.getBoundingClientRect() : null;
              return { Id: e.id, Hidden: getComputedStyle(e).opacity === '0',
                Button: button ? button.innerText.trim() : '', ButtonVisible: !!box && box.width > 0 && box.height > 0,
                Name: name ? name.innerText.trim() : '' };
            })
            """);

    private sealed class Field
    {
        public string Id { get; set; } = "";

        public bool Hidden { get; set; }

        public string Button { get; set; } = "";

        public bool ButtonVisible { get; set; }

        public string Name { get; set; } = "";
    }
}
