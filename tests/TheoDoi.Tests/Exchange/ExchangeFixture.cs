using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using TheoDoi.Accounts;
using TheoDoi.Exchange;
using TheoDoi.Tests.Water;
using TheoDoi.Water;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// One app on 15/06/2026 with the seeded quality stations (SG-01, SG-02 with validated samples), one
/// station of each quantity type (<see cref="StationFixtures"/>) and an admin's API client; each test
/// records its own partner, so tests do not share keys.
/// </summary>
public sealed class ExchangeFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(7));

    public TestApp App { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(new TestAppOptions(Clock: new FakeTimeProvider(Now)));
        await StationFixtures.AddAllAsync(App);
        await StationFixtures.ImportAsync(App, WaterImportTests.Header +
            "SG-01,2026-03-10T09:00:00+07:00,DO,6.1,mg/L,\nSG-01,2026-03-10T09:00:00+07:00,pH,7.1,,\nSG-01,2025-03-10T09:00:00+07:00,DO,5.2,mg/L,\n" +
            "SG-02,2026-03-10T09:00:00+07:00,DO,4.1,mg/L,\nSG-02,2026-03-10T09:00:00+07:00,pH,6.9,,\n", QcState.Validated);
        Admin = await App.ClientAsAsync(Roles.Admin, username: "admin-exchange");
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>A partner with one agreement (quality of SG-01 by default) and one key; returns the agreement id and the key.</summary>
    public async Task<(int Agreement, ManagePartners.IssuedKey Key)> PartnerAsync(string name, string groups = "quality", string? stations = "SG-01", string? basin = null,
        DateOnly? dataFrom = null, DateOnly? dataTo = null)
    {
        var saved = await Admin.PostAsJsonAsync("/api/v1/exchange/partners", Request(name, groups, stations, basin, dataFrom, dataTo));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var ids = (await saved.Content.ReadFromJsonAsync<ManagePartners.Saved>(Json.Options))!;
        var issued = await Admin.PostAsync($"/api/v1/exchange/agreements/{ids.AgreementId}/keys", null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return (ids.AgreementId, (await issued.Content.ReadFromJsonAsync<ManagePartners.IssuedKey>(Json.Options))!);
    }

    public static ManagePartners.SaveRequest Request(string name, string groups = "quality", string? stations = "SG-01", string? basin = null, DateOnly? dataFrom = null, DateOnly? dataTo = null,
        DateOnly? expiresOn = null, int? agreementId = null) =>
        new(null, agreementId, name, "KH", "data@example.org", "Biên bản ghi nhớ 12/2026", new DateOnly(2026, 1, 5), expiresOn ?? new DateOnly(2027, 1, 4), groups, basin, stations, dataFrom, dataTo, false);

    public HttpClient Partner(string key, bool authorizationHeader = false)
    {
        var client = App.CreateClient();
        if (authorizationHeader)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        }
        else
        {
            client.DefaultRequestHeaders.Add(PartnerKeys.HeaderName, key);
        }

        return client;
    }
}
