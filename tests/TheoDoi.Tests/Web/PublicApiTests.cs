using System.Net.Http.Headers;
using System.Text.Json;
using TheoDoi.Accounts;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.Web;

/// <summary>
/// The public API as a product (issue 10, item 5): lists come a page at a time with a Link to the
/// next, public answers can be revalidated (ETag, Last-Modified → 304) and cached, and other sites'
/// pages may read them (CORS) — but never the signed-in API.
/// </summary>
public sealed class PublicApiTests : IAsyncLifetime
{
    private const string Observations = "/api/v1/public/water/stations/SG-07/observations?from=2026-01-01&to=2026-12-31";
    private TestApp _app = null!;
    private HttpClient _steward = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _steward = await _app.ClientAsAsync(Roles.DataSteward);
        // Five samples of nine parameters: 45 validated observations.
        var csv = WaterImportTests.Header + string.Concat(Enumerable.Range(1, 5).Select(m => WaterImportTests.Sample("SG-07", $"2026-0{m}-10T09:00:00+07:00")));
        (await _steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(csv, qc: "validated"))).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(Observations, 7)]
    [InlineData(Observations, 45)]
    [InlineData("/api/v1/public/water/stations", 2)]
    [InlineData("/api/v1/public/indicators", 3)]
    public async Task Following_the_next_links_gives_every_item_once_a_page_at_most_limit_long(string list, int limit)
    {
        var client = _app.CreateClient();
        var whole = (await client.GetFromJsonAsync<JsonElement>(list)).EnumerateArray().Select(e => e.GetRawText()).ToList();

        var walked = new List<string>();
        string? next = $"{list}{(list.Contains('?', StringComparison.Ordinal) ? '&' : '?')}limit={limit}";
        var pages = 0;
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(e => e.GetRawText()).ToList();
            Assert.InRange(page.Count, 1, limit);
            walked.AddRange(page);
            next = NextOf(response);
            Assert.True(++pages <= whole.Count, "the links do not end");
        }

        Assert.True(whole.Count > limit || pages == 1, "a list that fits one page has no next link");
        Assert.Equal(whole, walked);
        if (list == Observations)
        {
            Assert.Equal(45, whole.Count);
        }
    }

    [Theory]
    [InlineData(Observations + "&cursor=not-a-cursor", "cursor")]
    [InlineData(Observations + "&cursor=eyJPZmZzZXQiOjJ9", "cursor")] // a list's cursor {"Offset":2} given to the observations
    [InlineData("/api/v1/public/water/stations?cursor=eyJQYXJhbWV0ZXIiOjEsIlRpbWUiOjF9", "cursor")] // an observations cursor given to a list
    [InlineData(Observations + "&limit=0", "limit")]
    [InlineData(Observations + "&limit=50001", "limit")]
    [InlineData("/api/v1/public/water/stations?limit=1001", "limit")]
    [InlineData("/api/v1/public/indicators?limit=ten", "limit")]
    public async Task A_bad_cursor_or_limit_is_a_400_problem_in_both_languages(string address, string parameter)
    {
        var vietnamese = await _app.CreateClient().GetAsync(address);
        var english = _app.CreateClient();
        WaterImportTests.InEnglish(english);
        var inEnglish = await english.GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, vietnamese.StatusCode);
        Assert.Equal("application/problem+json", vietnamese.Content.Headers.ContentType?.MediaType);
        var vi = (await vietnamese.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        var en = (await inEnglish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.StartsWith("Tham số " + parameter, vi, StringComparison.Ordinal);
        Assert.Contains(parameter, en, StringComparison.Ordinal);
        Assert.NotEqual(vi, en);
    }

    [Theory]
    [InlineData(Observations)]
    [InlineData("/api/v1/public/water/stations")]
    [InlineData("/api/v1/public/indicators")]
    [InlineData("/sta/v1.1/Things")]
    public async Task A_public_answer_revalidates_with_its_ETag_or_Last_Modified_and_gets_304_without_a_body(string address)
    {
        var client = _app.CreateClient();
        var first = await client.GetAsync(address);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        var same = await SendAsync(client, address, r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Empty(await same.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, same.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, address, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\"")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(client, address, r => r.Headers.IfModifiedSince = lastModified)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, address, r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1))).StatusCode);
        // If-None-Match decides when both are sent (RFC 9110 §13.2.2).
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, address, r =>
        {
            r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
            r.Headers.IfModifiedSince = lastModified;
        })).StatusCode);
    }

    [Fact]
    public async Task A_new_value_changes_the_ETag()
    {
        const string address = "/api/v1/public/water/stations/SG-07/observations?from=2025-01-01&to=2025-12-31";
        var client = _app.CreateClient();
        var before = (await client.GetAsync(address)).Headers.ETag!;
        var csv = WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2025-06-10T09:00:00+07:00");
        (await _steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(csv, qc: "validated"))).EnsureSuccessStatusCode();

        var after = await SendAsync(client, address, r => r.Headers.IfNoneMatch.Add(before));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
    }

    [Fact]
    public async Task Signed_in_and_refused_API_answers_are_private_and_not_stored()
    {
        var signedIn = await _steward.GetAsync("/api/v1/water/stations");
        var publicAsSignedIn = await _steward.GetAsync("/api/v1/public/water/stations");
        var refused = await _app.CreateClient().GetAsync("/api/v1/plans");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        foreach (var response in new[] { signedIn, publicAsSignedIn, refused })
        {
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, response.RequestMessage?.RequestUri + ": " + response.Headers.CacheControl);
            Assert.Null(response.Headers.ETag);
        }
    }

    [Theory]
    [InlineData("/api/v1/public/water/stations")]
    [InlineData(Observations)]
    [InlineData("/sta/v1.1/Datastreams")]
    public async Task Another_site_may_read_the_public_API_and_SensorThings_with_GET(string address)
    {
        var client = _app.CreateClient();
        var read = await SendAsync(client, address, r => r.Headers.Add("Origin", "https://tinh.example"));
        var preflight = await PreflightAsync(client, address, "GET");

        Assert.Equal("*", Header(read, "Access-Control-Allow-Origin"));
        Assert.Contains("Link", Header(read, "Access-Control-Expose-Headers") ?? "", StringComparison.Ordinal);
        Assert.Equal("*", Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "HEAD"], Header(preflight, "Access-Control-Allow-Methods")!.Split(','));
    }

    [Theory]
    [InlineData("/api/v1/public/water/stations", "POST")]
    [InlineData("/sta/v1.1/Things", "DELETE")]
    [InlineData("/api/v1/water/stations", "GET")]
    [InlineData("/api/v1/water/observations/import", "POST")]
    [InlineData("/api/v1/auth/token", "POST")]
    public async Task Writes_and_the_signed_in_API_get_no_CORS(string address, string method)
    {
        var client = _app.CreateClient();
        var preflight = await PreflightAsync(client, address, method);
        var read = await SendAsync(_steward, "/api/v1/water/stations", r => r.Headers.Add("Origin", "https://tinh.example"));

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.DoesNotContain(method, Header(preflight, "Access-Control-Allow-Methods") ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(Header(read, "Access-Control-Allow-Origin"));
    }

    private static string? NextOf(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        var link = Assert.Single(links);
        Assert.EndsWith("; rel=\"next\"", link, StringComparison.Ordinal);
        return new Uri(link[1..link.IndexOf('>', StringComparison.Ordinal)]).PathAndQuery;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient client, string address, string method) =>
        SendAsync(client, address, r =>
        {
            r.Method = HttpMethod.Options;
            r.Headers.Add("Origin", "https://tinh.example");
            r.Headers.Add("Access-Control-Request-Method", method);
        });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string address, Action<HttpRequestMessage> shape)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        shape(request);
        return await client.SendAsync(request);
    }
}
