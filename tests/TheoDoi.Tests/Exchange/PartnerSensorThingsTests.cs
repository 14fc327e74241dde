using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// A partner's SensorThings client (issue 10: "a key reaches only its agreement's data, through the
/// SensorThings API, the exports and the public API"): a key for the water quality of SG-01 sees that
/// station's Things, Datastreams and Observations only, another station answers 404, and each request
/// is in the exchange log with the number of entities sent.
/// </summary>
public sealed class PartnerSensorThingsTests(ExchangeFixture fixture) : IClassFixture<ExchangeFixture>
{
    private static List<string> Codes(JsonElement page) =>
        [.. page.GetProperty("value").EnumerateArray().Select(t => t.GetProperty("properties").GetProperty("code").GetString()!)];

    [Fact]
    public async Task A_quality_key_sees_its_station_only_and_is_logged()
    {
        var (_, key) = await fixture.PartnerAsync("STA quality");
        var client = fixture.Partner(key.Key);
        var everyone = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/sta/v1.1/Things?$top=1000");
        var other = everyone.GetProperty("value").EnumerateArray().First(t => t.GetProperty("properties").GetProperty("code").GetString() == "SG-02").GetProperty("@iot.id").GetInt64();
        var well = everyone.GetProperty("value").EnumerateArray().First(t => t.GetProperty("properties").GetProperty("code").GetString() == StationFixtures.Well).GetProperty("@iot.id").GetInt64();

        var things = await client.GetFromJsonAsync<JsonElement>("/sta/v1.1/Things?$top=1000");
        var observations = await client.GetFromJsonAsync<JsonElement>("/sta/v1.1/Observations?$top=1000&$expand=Datastream($expand=Thing)");

        Assert.Contains("SG-02", Codes(everyone));
        Assert.Equal(["SG-01"], Codes(things));
        Assert.NotEmpty(observations.GetProperty("value").EnumerateArray());
        Assert.All(observations.GetProperty("value").EnumerateArray(), o =>
            Assert.Equal("SG-01", o.GetProperty("Datastream").GetProperty("Thing").GetProperty("properties").GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sta/v1.1/Things({other})")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sta/v1.1/Things({well})/Datastreams")).StatusCode);
        var logged = await fixture.App.WithDbAsync(db => db.ExchangeRequests.Where(r => r.KeyId == key.Id && r.Path.StartsWith("/sta/v1.1/Things?")).SingleAsync());
        Assert.Equal(200, logged.Status);
        Assert.Equal(1, logged.Values); // one Thing sent
        Assert.Equal(64, logged.Sha256!.Length);
    }

    [Fact]
    public async Task A_key_for_another_data_group_sees_no_quality_station()
    {
        var (_, key) = await fixture.PartnerAsync("STA groundwater", groups: "groundwater", stations: "SG-01," + StationFixtures.Well);
        var client = fixture.Partner(key.Key);

        var things = await client.GetFromJsonAsync<JsonElement>("/sta/v1.1/Things?$top=1000");

        Assert.Equal([StationFixtures.Well], Codes(things));
    }
}
