using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// "Whether raw data is included" is part of an agreement (issue 10, item 3): a key of an agreement
/// that includes it reads the river station's raw discharge of 01/01/2025 (the fixture's), marked raw,
/// through the public observations API, the WaterML export and SensorThings; a key without it does
/// not. The WaterML export's values are counted in the exchange log.
/// </summary>
public sealed class PartnerRawDataTests(ExchangeFixture fixture) : IClassFixture<ExchangeFixture>
{
    private const string Day = "from=2025-01-01&to=2025-01-01";

    [Fact]
    public async Task Only_a_key_whose_agreement_includes_raw_data_reads_raw_observations_marked_raw()
    {
        var (_, plain) = await fixture.PartnerAsync("Raw no", groups: "level-discharge", stations: StationFixtures.River);
        var raw = await ExchangeChangesTests.RawPartnerAsync(fixture, "Raw yes");
        var url = $"/api/v1/public/water/stations/{StationFixtures.River}/observations?parameter=Q&{Day}";

        var withRaw = await fixture.Partner(raw.Key).GetFromJsonAsync<JsonElement>(url);
        var without = await fixture.Partner(plain.Key).GetFromJsonAsync<JsonElement>(url);
        var anonymous = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>(url);

        var value = Assert.Single(withRaw.EnumerateArray(), o => o.GetProperty("value").GetDouble() == 9000);
        Assert.Equal(9000, value.GetProperty("value").GetDouble());
        Assert.Equal("Raw", value.GetProperty("qc").GetString(), ignoreCase: true);
        Assert.DoesNotContain(without.EnumerateArray(), o => o.GetProperty("value").GetDouble() == 9000);
        Assert.DoesNotContain(anonymous.EnumerateArray(), o => o.GetProperty("value").GetDouble() == 9000);
    }

    [Fact]
    public async Task SensorThings_shows_raw_observations_with_their_qc_state_to_a_raw_key_only()
    {
        var (_, plain) = await fixture.PartnerAsync("Raw STA no", groups: "level-discharge", stations: StationFixtures.River);
        var raw = await ExchangeChangesTests.RawPartnerAsync(fixture, "Raw STA yes");
        const string Url = "/sta/v1.1/Observations?$top=1000&$filter=result eq 9000";

        var withRaw = await fixture.Partner(raw.Key).GetFromJsonAsync<JsonElement>(Url);
        var without = await fixture.Partner(plain.Key).GetFromJsonAsync<JsonElement>(Url);

        var observation = Assert.Single(withRaw.GetProperty("value").EnumerateArray());
        Assert.Equal("raw", observation.GetProperty("resultQuality").GetProperty("qcState").GetString());
        Assert.Empty(without.GetProperty("value").EnumerateArray());
    }

    [Fact]
    public async Task A_WaterML_export_logs_how_many_values_it_sent()
    {
        var raw = await ExchangeChangesTests.RawPartnerAsync(fixture, "Raw WaterML");

        var xml = await fixture.Partner(raw.Key).GetStringAsync($"/api/v1/public/water/stations/{StationFixtures.River}/export?format=waterml&from=2024-12-30&to=2025-01-01");

        var points = xml.Split("<wml2:MeasurementTVP", StringSplitOptions.None).Length - 1;
        var logged = await fixture.App.WithDbAsync(db => db.ExchangeRequests.Where(r => r.KeyId == raw.Id && r.Path.Contains("format=waterml")).SingleAsync());
        Assert.True(points >= 3, xml); // 30 and 31/12/2024 validated, 01/01/2025 raw
        Assert.Equal(points, logged.Values);
        Assert.Contains("unchecked", xml, StringComparison.Ordinal);
    }
}
