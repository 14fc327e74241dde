using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Exchange;
using TheoDoi.Exchange;
using TheoDoi.Tests.Water;
using TheoDoi.Water;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// The partner demo (issue 10, item 8) as someone trying it finds it: two Vàm Cỏ Đông stations at the
/// Cambodian border, a demo partner with an agreement for them, a key in data/demo-accounts.txt that
/// works against /sta/v1.1, logged requests, and corrections after sharing in the audit trail.
/// </summary>
public sealed class PartnerDemoTests(WaterSecurityDemoFixture fixture) : IClassFixture<WaterSecurityDemoFixture>
{
    private TestApp App => fixture.App;

    private string SavedKey() =>
        File.ReadAllLines(Path.Combine(App.Data.DataDirectory, "demo-accounts.txt"))
            .Select(l => l.Split(' ', 2)).Single(p => p[0] == ExchangeDemoData.KeyName)[1];

    [Theory]
    [InlineData(BorderDemoData.QualityStation, StationType.Quality, StationKind.Periodic, "TSS")]
    [InlineData(BorderDemoData.RiverStation, StationType.River, StationKind.Automatic, "Q")]
    public async Task Each_border_station_is_a_demo_station_in_Tay_Ninh_with_a_year_of_validated_data(string code, StationType type, StationKind kind, string parameter)
    {
        var station = await App.WithDbAsync(db => db.WaterStations.Include(s => s.Units).ThenInclude(u => u.Unit).SingleAsync(s => s.Code == code));
        var days = await App.WithDbAsync(async db =>
        {
            var id = await db.WaterParameters.Where(p => p.Code == parameter).Select(p => p.Id).SingleAsync();
            var times = await db.WaterObservations.Where(o => o.StationId == station.Id && o.ParameterId == id && o.Qc == (short)QcState.Validated).Select(o => o.ObservedAt).ToListAsync();
            return (times.Max() - times.Min()) / 86_400.0;
        });

        Assert.Equal(type, station.Type);
        Assert.Equal(kind, station.Kind);
        Assert.True(station.IsDemo);
        Assert.Contains("minh họa", station.Name, StringComparison.Ordinal);
        Assert.InRange(station.Latitude!.Value, 11.0m, 11.3m);
        Assert.InRange(station.Longitude!.Value, 106.0m, 106.3m);
        Assert.Equal("80", station.Units.Single(u => u.ValidTo is null).Unit.Code);
        Assert.True(days >= 365, $"{code}: validated {parameter} over {days:0} days");
    }

    [Fact]
    public async Task The_demo_partner_is_Cambodian_labelled_demo_with_an_agreement_for_the_two_stations_in_force_today()
    {
        var partner = await App.WithDbAsync(db => db.Partners.Include(p => p.Agreements).SingleAsync(p => p.Name == ExchangeDemoData.PartnerName));
        var today = Core.Time.VietnamTime.Today(TimeProvider.System);

        var agreement = Assert.Single(partner.Agreements);
        Assert.Equal("KH", partner.Country);
        Assert.Contains("demo", partner.Name, StringComparison.Ordinal);
        Assert.Equal(DataGroups.Quality | DataGroups.LevelDischarge, agreement.Groups);
        Assert.Equal([BorderDemoData.QualityStation, BorderDemoData.RiverStation], agreement.Stations);
        Assert.Null(agreement.BasinCode);
        Assert.InRange(today, agreement.SignedOn, agreement.ExpiresOn);
    }

    [Fact]
    public async Task The_key_in_the_demo_accounts_file_sees_exactly_the_two_stations_through_SensorThings()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add(PartnerKeys.HeaderName, SavedKey());

        var response = await client.GetAsync("/sta/v1.1/Things?$top=1000");
        var things = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var codes = things.GetProperty("value").EnumerateArray().Select(t => t.GetProperty("properties").GetProperty("code").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([BorderDemoData.QualityStation, BorderDemoData.RiverStation], codes);
    }

    [Fact]
    public async Task The_exchange_log_holds_requests_shared_before_the_corrections()
    {
        var logged = await App.WithDbAsync(db => db.ExchangeRequests.Where(r => db.Partners.Any(p => p.Id == r.PartnerId && p.Name == ExchangeDemoData.PartnerName)).ToListAsync());

        Assert.True(logged.Count(r => r.Status == 200) >= 3);
        Assert.Contains(logged, r => r.Status == 404);
    }

    [Fact]
    public async Task A_shared_value_corrected_by_import_and_one_rejected_are_in_the_audit_trail()
    {
        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Entity == nameof(WaterObservation) && e.Actor == "demo").ToListAsync());
        var corrected = entries.Where(e => e.Changes.Contains("\"Value\"", StringComparison.Ordinal)).Select(e => JsonDocument.Parse(e.Changes).RootElement.GetProperty("Value")).ToList();
        var tssId = await App.WithDbAsync(db => db.WaterParameters.Where(p => p.Code == "TSS").Select(p => p.Id).SingleAsync());
        var rejected = await App.WithDbAsync(db => db.WaterObservations.CountAsync(o => o.ParameterId == tssId && o.Qc == (short)QcState.Rejected && o.StationId == db.WaterStations.Single(s => s.Code == BorderDemoData.QualityStation).Id));

        Assert.Equal(2, corrected.Count);
        Assert.All(corrected, v => Assert.NotEqual(v.GetProperty("old").GetDouble(), v.GetProperty("new").GetDouble()));
        Assert.Contains(entries, e => e.EntityKey.StartsWith(BorderDemoData.QualityStation + " ", StringComparison.Ordinal) && e.EntityKey.EndsWith(" TSS", StringComparison.Ordinal) && e.Changes.Contains("Rejected", StringComparison.Ordinal));
        Assert.Equal(1, rejected);
    }

    [Fact]
    public async Task A_second_start_with_demo_adds_nothing_and_keeps_the_key()
    {
        var key = SavedKey();
        async Task<(int, int, int, int, int)> CountsAsync() => await App.WithDbAsync(async db => (
            await db.Partners.CountAsync(), await db.PartnerKeys.CountAsync(), await db.ExchangeRequests.CountAsync(),
            await db.WaterImportBatches.CountAsync(), await db.AuditEntries.CountAsync(e => e.Entity == nameof(WaterObservation))));
        var before = await CountsAsync();

        Assert.Null(await TheoDoi.Seed.DatabasePreparation.PrepareAsync(App.Services, demo: true, TextWriter.Null));

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(key, SavedKey());
    }
}
