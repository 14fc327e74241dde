using Microsoft.Extensions.Time.Testing;
using TheoDoi.Accounts;
using TheoDoi.Reporting;

namespace TheoDoi.Tests.Reporting;

/// <summary>A test app with the 2026 cycle opened by a coordinator, and clients per role.</summary>
internal sealed class ReportingKit : IAsyncDisposable
{
    private ReportingKit(TestApp app, FakeTimeProvider clock, HttpClient coordinator)
    {
        App = app;
        Clock = clock;
        Coordinator = coordinator;
    }

    public TestApp App { get; }
    public FakeTimeProvider Clock { get; }
    public HttpClient Coordinator { get; }

    public static async Task<ReportingKit> StartAsync(DateTimeOffset? now = null, Action<IServiceCollection>? services = null)
    {
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        var app = await TestApp.StartAsync(new TestAppOptions(Clock: clock, Services: services));
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        var opened = await coordinator.PostAsJsonAsync("/api/v1/reporting/cycles", new { year = 2026 });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return new ReportingKit(app, clock, coordinator);
    }

    public Task<HttpClient> ReporterAsync(string unit) => App.ClientAsAsync(Roles.Reporter, unit);

    /// <summary>Moves the clock (Việt Nam time) and signs the coordinator in again (tokens expire).</summary>
    public async Task<HttpClient> AtAsync(DateTimeOffset instant, string role = Roles.Coordinator, string? unit = null)
    {
        Clock.SetUtcNow(instant);
        return await App.ClientAsAsync(role, unit);
    }

    public static async Task<ReportDtos.ReportDto> ReportAsync(HttpClient client, string unit, int year = 2026) =>
        (await client.GetFromJsonAsync<ReportDtos.ReportDto>($"/api/v1/reporting/cycles/{year}/reports/{unit}", Json.Options))!;

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string unit, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/reporting/cycles/2026/reports/{unit}/{action}", body ?? new { }, Json.Options);

    /// <summary>PUT as a client does it: with the ETag the GET returned as If-Match, unless the body names a version.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string unit, object body)
    {
        var url = $"/api/v1/reporting/cycles/2026/reports/{unit}";
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json.Options) };
        if (body.GetType().GetProperty("version") is null)
        {
            using var read = await client.GetAsync(url);
            if (read.Headers.ETag is { } etag)
            {
                request.Headers.IfMatch.Add(etag);
            }
        }

        return await client.SendAsync(request);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
