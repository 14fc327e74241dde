using System.Text.Json.Nodes;
using TheoDoi.Accounts;
using TheoDoi.SensorThings;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.SensorThings;

/// <summary>
/// One app for the read-only SensorThings tests: SG-07 with two validated samples (10 January and 10
/// February 2026, DO 5.7 and 6.2) and one raw one (10 March, DO 3.1), imported through the API; pages of 3 by default.
/// </summary>
public sealed class SensorThingsFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public long Station { get; private set; }

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(new TestAppOptions { Services = s => s.Configure<StaSettings>(o => o.DefaultTop = 3) });
        var steward = await App.ClientAsAsync(Roles.DataSteward);
        var validated = WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2026-01-10T09:00:00+07:00") + WaterImportTests.Sample("SG-07", "2026-02-10T09:00:00+07:00", doValue: 6.2m);
        var raw = WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2026-03-10T09:00:00+07:00", doValue: 3.1m);
        (await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(validated, qc: "validated"))).EnsureSuccessStatusCode();
        (await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(raw))).EnsureSuccessStatusCode();
        Client = App.CreateClient();
        var things = await GetAsync(Client, "/sta/v1.1/Things?$filter=properties/code eq 'SG-07'");
        Station = (long)Values(things).Single()["@iot.id"]!;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    public static async Task<JsonObject> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static List<JsonObject> Values(JsonObject page) => page["value"]!.AsArray().Select(v => v!.AsObject()).ToList();
}
