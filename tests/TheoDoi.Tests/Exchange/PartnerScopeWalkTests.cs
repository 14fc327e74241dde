using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using TheoDoi.Exchange;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// Walks every public read, like EndpointAuthorizationTests, with a key for the water quality of
/// SG-01 only: nothing of another station (404, or absent from a list), of another data group
/// (403) or of a route partners are not given (403) comes back — so a new public endpoint cannot
/// escape. Anonymous readers see what they always saw. Every answer is logged with the SHA-256 of
/// the body sent.
/// </summary>
public sealed partial class PartnerScopeWalkTests(ExchangeFixture fixture) : IClassFixture<ExchangeFixture>
{
    // Stations the key must never see: another quality station and one of each quantity type.
    private static readonly string[] s_outside = ["SG-02", StationFixtures.River, StationFixtures.Reservoir, StationFixtures.Well, StationFixtures.Salinity];

    // Reads of SG-01 that are water quality (200); the other station reads are another group (403).
    // The percentile of a quality station is its own refusal (400: no level, flow, volume or depth), not the key's.
    private static readonly string[] s_qualityReads = ["", "/observations", "/wqi", "/export"];

    private IEnumerable<RouteEndpoint> PublicReads() =>
        fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/public/", StringComparison.Ordinal)
                && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Contains("GET"));

    private IEnumerable<RouteEndpoint> SensorThingsReads() =>
        fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/sta/v1.1", StringComparison.Ordinal));

    private static string Url(RouteEndpoint endpoint, string code) => RouteParameter().Replace(endpoint.RoutePattern.RawText!, code);

    [Fact]
    public async Task No_public_read_gives_a_key_another_station()
    {
        var (_, key) = await fixture.PartnerAsync("Walk other stations");
        var client = fixture.Partner(key.Key);
        var failures = new List<string>();
        foreach (var endpoint in PublicReads())
        {
            foreach (var code in s_outside)
            {
                var response = await client.GetAsync(Url(endpoint, code));
                var body = await response.Content.ReadAsStringAsync();
                var leaked = s_outside.Where(o => body.Contains(o, StringComparison.OrdinalIgnoreCase)).ToList();
                var expected = PartnerRoutes.For(endpoint) is null ? HttpStatusCode.Forbidden : endpoint.RoutePattern.RawText!.Contains("/stations/{code}", StringComparison.Ordinal) ? HttpStatusCode.NotFound : response.StatusCode;
                if (response.StatusCode != expected || (response.IsSuccessStatusCode && leaked.Count > 0))
                {
                    failures.Add($"{Url(endpoint, code)} → {(int)response.StatusCode} {string.Join(",", leaked)}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_quality_key_reads_its_station_and_nothing_of_another_data_group()
    {
        var (_, key) = await fixture.PartnerAsync("Walk groups");
        var client = fixture.Partner(key.Key);
        var failures = new List<string>();
        foreach (var endpoint in PublicReads().Where(e => e.RoutePattern.RawText!.Contains("/stations/{code}", StringComparison.Ordinal)))
        {
            var url = Url(endpoint, "SG-01");
            var response = await client.GetAsync(url);
            var quality = s_qualityReads.Any(r => endpoint.RoutePattern.RawText == "/api/v1/public/water/stations/{code}" + r);
            var percentile = endpoint.RoutePattern.RawText!.EndsWith("/percentile", StringComparison.Ordinal);
            if (percentile ? response.StatusCode != HttpStatusCode.BadRequest : response.StatusCode != (quality ? HttpStatusCode.OK : HttpStatusCode.Forbidden))
            {
                failures.Add($"{url} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        var stations = await client.GetFromJsonAsync<JsonElement>("/api/v1/public/water/stations");
        Assert.Equal(["SG-01"], stations.EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/public/water/security")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/public/water/licences")).StatusCode);
    }

    [Fact]
    public void Every_partner_route_is_a_public_read()
    {
        // The public reads, and the SensorThings API and the changes feed, which narrow themselves to the
        // agreement (PartnerSensorThingsTests, ExchangeChangesTests).
        var patterns = PublicReads().Concat(SensorThingsReads()).Select(e => e.RoutePattern.RawText!.TrimEnd('/')).Append(PartnerRoutes.ReadChangesRoute).ToHashSet(StringComparer.Ordinal);

        var stale = PartnerRoutes.All.Select(r => r.Pattern).Where(p => !patterns.Contains(p)).ToList();
        Assert.Empty(stale);
    }

    [Fact]
    public async Task Anonymous_readers_still_see_every_station()
    {
        await fixture.PartnerAsync("Walk anonymous");

        var stations = await fixture.App.CreateClient().GetStringAsync("/api/v1/public/water/stations");

        Assert.All(s_outside, code => Assert.Contains(code, stations, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_whole_basin_agreement_reaches_every_station_of_the_basin_in_its_groups()
    {
        var (_, key) = await fixture.PartnerAsync("Walk basin", groups: "quality,groundwater", stations: null, basin: "DN-SG");
        var client = fixture.Partner(key.Key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/public/water/stations/SG-02/observations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/public/water/stations/{StationFixtures.Well}/groundwater-trend")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/public/water/stations/{StationFixtures.Reservoir}/storage")).StatusCode);
    }

    [Fact]
    public async Task Observations_are_narrowed_to_the_agreement_period_and_logged_with_their_hash()
    {
        var (agreement, key) = await fixture.PartnerAsync("Walk period", dataFrom: new DateOnly(2026, 1, 1));
        var client = fixture.Partner(key.Key);

        var response = await client.GetAsync("/api/v1/public/water/stations/SG-01/observations?from=2025-01-01&to=2026-06-01");
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var observations = JsonSerializer.Deserialize<JsonElement>(body).EnumerateArray().ToList();
        Assert.Equal(2, observations.Count); // DO and pH of 10/03/2026; the 2025 sample lies before the agreement
        var log = await fixture.App.WithDbAsync(db => db.ExchangeRequests.Where(r => r.KeyId == key.Id).OrderBy(r => r.Id).ToListAsync());
        var row = Assert.Single(log);
        Assert.Equal((200, agreement, 2L, (long)body.Length), (row.Status, row.AgreementId!.Value, row.Values!.Value, row.Bytes));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), row.Sha256);
        Assert.Equal(ExchangeFixture.Now.UtcDateTime, row.At);
    }

    [Fact]
    public async Task An_export_is_logged_with_its_rows_and_hash()
    {
        var (_, key) = await fixture.PartnerAsync("Walk export");

        var body = await fixture.Partner(key.Key).GetByteArrayAsync("/api/v1/public/water/stations/SG-01/export?format=csv&from=2026-01-01");

        var row = await fixture.App.WithDbAsync(db => db.ExchangeRequests.SingleAsync(r => r.KeyId == key.Id));
        Assert.Equal(2, row.Values);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), row.Sha256);
    }

    [Fact]
    public async Task A_period_wholly_outside_the_agreement_is_refused_and_latest_reads_after_it_too()
    {
        var (_, key) = await fixture.PartnerAsync("Walk past", dataTo: new DateOnly(2025, 12, 31));
        var client = fixture.Partner(key.Key);

        var response = await client.GetAsync("/api/v1/public/water/stations/SG-01/observations?from=2026-01-01");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("31/12/2025", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/public/water/stations/SG-01/percentile")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/public/water/stations/SG-01/observations?from=2025-01-01")).StatusCode);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
