using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TheoDoi.Accounts;
using static TheoDoi.Tests.Hardening.MalformedFiles;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// Every endpoint that takes a file, each with the account that may use it, as a client sends it:
/// the water, indicator, licence, evidence and report-attachment APIs with a bearer token (multipart),
/// a reservoir's level–volume table and restricted zones as the raw body, the park and waste registers
/// through their pages with a cookie and the anti-forgery token.
/// </summary>
internal sealed class FuzzUploads : IAsyncDisposable
{
    public const int Year = 2026;

    private readonly HttpClient _steward, _coordinator, _reporter;
    private readonly BrowserlessSession _pages;
    private readonly string _antiforgery;
    private readonly int _task;

    private FuzzUploads(TestApp app, HttpClient steward, HttpClient coordinator, HttpClient reporter, BrowserlessSession pages, string antiforgery, int task)
    {
        App = app;
        _steward = steward;
        _coordinator = coordinator;
        _reporter = reporter;
        _pages = pages;
        _antiforgery = antiforgery;
        _task = task;
    }

    public TestApp App { get; }

    /// <summary>What an upload answered: accepted (2xx, or a page's redirect), or refused with its message.</summary>
    public sealed record Answer(int Status, bool Accepted, string? Message);

    public static async Task<FuzzUploads> StartAsync()
    {
        // A day of the reporting window, so that the unit's report takes attachments.
        var app = await TestApp.StartAsync(new TestAppOptions(Clock: new FakeTimeProvider(new DateTimeOffset(Year, 11, 2, 9, 0, 0, TimeSpan.FromHours(7)))));
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsJsonAsync("/api/v1/reporting/cycles", new { year = Year })).StatusCode);
        var pages = new BrowserlessSession(app);
        var password = await app.AddUserAsync("fuzz-pages", Roles.Coordinator);
        await pages.SignInAsync("fuzz-pages", password);
        var antiforgery = BrowserlessSession.AntiforgeryToken(await (await pages.GetAsync("/registries/parks")).Content.ReadAsStringAsync());
        var task = await app.WithDbAsync(db => db.PlanItems.Where(i => i.Code == "6.2").Select(i => i.Id).SingleAsync());
        var reservoir = await Water.StationTypesTests.RegisterAsync(app, Water.StationTypesTests.Head + $"{Reservoir},Hồ thử,automatic,11.10,107.03,TRIAN,,,false,reservoir,,,,2765\n");
        Assert.True(reservoir.IsDone);
        return new FuzzUploads(app, await app.ClientAsAsync(Roles.DataSteward), coordinator, await app.ClientAsAsync(Roles.Reporter, "CMT"), pages, antiforgery, task);
    }

    /// <summary>The reservoir whose level–volume table the fuzzer replaces.</summary>
    public const string Reservoir = "FZ-RES";

    public async Task<Answer> SendAsync(Case item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Target is Target.LevelVolumeCsv or Target.ZonesGeoJson)
        {
            using var body = new ByteArrayContent(item.Bytes) { Headers = { ContentType = new MediaTypeHeaderValue(item.Target == Target.ZonesGeoJson ? "application/geo+json" : "text/csv") } };
            using var response = item.Target == Target.ZonesGeoJson
                ? await _steward.PostAsync("/api/v1/water/zones", body)
                : await _steward.PutAsync($"/api/v1/water/stations/{Reservoir}/level-volume", body);
            return await AnswerAsync(response);
        }

        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(item.Bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", item.FileName);
        switch (item.Target)
        {
            case Target.ParksXlsx or Target.WasteXlsx:
                form.Add(new StringContent(_antiforgery), "__RequestVerificationToken");
                using (var page = await _pages.PostAsync(item.Target == Target.ParksXlsx ? "/registries/parks?handler=import" : $"/registries/waste?year=2019&handler=import", form))
                {
                    var html = await page.Content.ReadAsStringAsync();
                    var status = (int)page.StatusCode;
                    return new(status, status is >= 200 and < 400, html.Contains("data-testid=\"errors\"", StringComparison.Ordinal) ? "errors listed" : null);
                }

            default:
                var (client, path) = item.Target switch
                {
                    Target.IndicatorXlsx => (_coordinator, "/api/v1/indicators/import"),
                    Target.Evidence => (_coordinator, $"/api/v1/tasks/{_task}/evidence"),
                    Target.ReportAttachment => (_reporter, $"/api/v1/reporting/cycles/{Year}/reports/CMT/attachments"),
                    Target.LicenceXlsx => (_steward, "/api/v1/water/licences/import"),
                    _ => (_steward, "/api/v1/water/observations/import"),
                };
                using (var response = await client.PostAsync(path, form))
                {
                    return await AnswerAsync(response);
                }
        }
    }

    private static async Task<Answer> AnswerAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        return new(status, response.IsSuccessStatusCode, status is >= 400 and < 500 ? ProblemText(body) : body[..Math.Min(400, body.Length)]);
    }

    /// <summary>The problem's detail, or null when the refusal says nothing.</summary>
    private static string? ProblemText(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } text ? text : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _pages.Dispose();
        _steward.Dispose();
        _coordinator.Dispose();
        _reporter.Dispose();
        await App.DisposeAsync();
    }
}
