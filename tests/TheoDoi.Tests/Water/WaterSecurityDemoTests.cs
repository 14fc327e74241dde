using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

public sealed class WaterSecurityDemoFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    /// <summary>A signed-in reader (a leader): sees every value not rejected.</summary>
    public HttpClient Reader { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(new TestAppOptions(Demo: true));
        Reader = await App.ClientAsAsync(Roles.Leader);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// The water-security demo (<c>--demo</c>, issue 9) as a new user tries it through the API: reservoir
/// storage, a river's percentile class, a declining well and one past its threshold, Hòa Phú's salinity
/// events of the last dry season, licences over their limit, in the restricted zone and expiring.
/// </summary>
public sealed class WaterSecurityDemoTests(WaterSecurityDemoFixture fixture) : IClassFixture<WaterSecurityDemoFixture>
{
    private TestApp App => fixture.App;

    private async Task<JsonElement> GetAsync(string path)
    {
        var response = await fixture.Reader.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Theory]
    [InlineData("HO-TRIAN")]
    [InlineData("HO-THACMO")]
    [InlineData("HO-DAUTIENG")]
    [InlineData("DAP-PHUOCHOA")]
    public async Task Each_reservoir_shows_its_storage_percent_full_and_against_last_year_from_its_level_volume_table(string code)
    {
        var storage = await GetAsync($"/api/v1/water/stations/{code}/storage");

        var full = storage.GetProperty("percentFull").GetDouble();
        Assert.InRange(full, 5, 100);
        Assert.Equal(JsonValueKind.Number, storage.GetProperty("versusLastYear").ValueKind);
        Assert.Equal(JsonValueKind.Number, storage.GetProperty("normal").ValueKind);
        Assert.Contains("hm³", storage.GetProperty("why").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tri_An_ends_the_dry_2026_rainy_season_below_last_year()
    {
        var storage = await GetAsync("/api/v1/water/stations/HO-TRIAN/storage");

        Assert.True(storage.GetProperty("versusLastYear").GetDecimal() < 0, storage.GetRawText());
    }

    [Theory]
    [InlineData("DN-TALAI", "Q")]
    [InlineData("VCD-GODAU", "H")]
    [InlineData("HO-TRIAN", "H")]
    public async Task A_river_or_reservoir_value_is_ranked_against_ten_years_or_more_at_the_same_day_of_year(string code, string parameter)
    {
        var signedIn = await GetAsync($"/api/v1/water/stations/{code}/percentile?parameter={parameter}");
        var response = await App.CreateClient().GetAsync($"/api/v1/public/water/stations/{code}/percentile?parameter={parameter}");

        Assert.True(signedIn.GetProperty("years").GetInt32() >= 10, signedIn.GetRawText());
        Assert.False(string.IsNullOrEmpty(signedIn.GetProperty("band").GetString()));
        // The public sees validated values only (older than two months), and those are ranked too.
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_declining_well_has_a_significant_slope_and_its_years_to_the_threshold()
    {
        var trend = await GetAsync("/api/v1/water/stations/GW-QP23-01/groundwater-trend");

        Assert.InRange(trend.GetProperty("slopePerYear10").GetDouble(), 0.3, 0.8);
        Assert.True(trend.GetProperty("mannKendall").GetProperty("p").GetDouble() < 0.05, trend.GetRawText());
        Assert.InRange(trend.GetProperty("yearsToThreshold").GetDouble(), 1, 20);
    }

    [Fact]
    public async Task One_well_is_past_its_threshold_and_two_are_stable()
    {
        var past = await GetAsync("/api/v1/water/stations/GW-QP23-02/groundwater-trend");
        var stable = await GetAsync("/api/v1/water/stations/GW-QP23-04/groundwater-trend");

        Assert.Equal(JsonValueKind.Null, past.GetProperty("yearsToThreshold").ValueKind);
        var why = past.GetProperty("why").GetString()!;
        Assert.True(why.Contains("đã vượt ngưỡng", StringComparison.Ordinal) || why.Contains("already past", StringComparison.Ordinal), why);
        Assert.Equal(JsonValueKind.Null, stable.GetProperty("yearsToThreshold").ValueKind);
        Assert.InRange(stable.GetProperty("slopePerYear10").GetDouble(), -0.1, 0.1);
    }

    [Fact]
    public async Task Hoa_Phu_lists_the_salinity_events_of_the_last_dry_season_with_their_hours_mostly_in_February_to_April()
    {
        var events = await GetAsync("/api/v1/water/stations/SG-HOAPHU-MAN/salinity-events?from=2025-12-01&to=2026-05-31");
        var lastYear = await GetAsync("/api/v1/water/stations/SG-HOAPHU-MAN/salinity-events");

        var list = events.EnumerateArray().ToList();
        Assert.InRange(list.Count, 5, 80);
        Assert.All(list, e => Assert.True(e.GetProperty("hours").GetDouble() > 0 && e.GetProperty("peak").GetDecimal() >= 250m, e.GetRawText()));
        var inPeakMonths = list.Count(e => e.GetProperty("start").GetDateTimeOffset().Month is >= 2 and <= 4);
        Assert.True(inPeakMonths * 10 >= list.Count * 8, $"{inPeakMonths} of {list.Count} in February–April");
        // The default period (the last 12 months) holds that dry season.
        Assert.Equal(list.Count, lastYear.GetArrayLength());
    }

    [Fact]
    public async Task Nha_Be_salinity_stays_below_the_recorded_maximum_and_passes_the_irrigation_threshold_in_both_dry_seasons()
    {
        var first = await GetAsync("/api/v1/water/stations/NB-NHABE-MAN/salinity-events?from=2024-12-01&to=2025-05-31");
        var second = await GetAsync("/api/v1/water/stations/NB-NHABE-MAN/salinity-events?from=2025-12-01&to=2026-05-31");

        Assert.NotEqual(0, first.GetArrayLength());
        Assert.NotEqual(0, second.GetArrayLength());
        Assert.All(first.EnumerateArray().Concat(second.EnumerateArray()), e => Assert.InRange(e.GetProperty("peak").GetDecimal(), 4m, 12.24m));
    }

    [Fact]
    public async Task The_register_flags_licences_over_their_limit_inside_the_restricted_zone_and_expiring()
    {
        var licences = (await GetAsync("/api/v1/water/licences")).EnumerateArray().ToList();

        Assert.Equal(30, licences.Count);
        Assert.All(licences, l => Assert.True(l.GetProperty("demo").GetBoolean()));
        var over = licences.Where(l => l.GetProperty("monthsOverThisYear").GetInt32() > 0).ToList();
        Assert.Equal(4, over.Count);
        Assert.Equal(3, licences.Count(l => l.GetProperty("restrictedZones").GetArrayLength() > 0));
        Assert.Equal(2, licences.Count(l => l.GetProperty("expiringWithin90Days").GetBoolean()));
        var number = Uri.EscapeDataString(over[0].GetProperty("number").GetString()!);
        var compliance = await GetAsync($"/api/v1/water/licences/{number}/compliance?year=2026");
        Assert.Contains(compliance.GetProperty("months").EnumerateArray(), m => m.GetProperty("status").GetString() is "over" or "Over");
    }

    [Fact]
    public async Task The_register_map_draws_every_work_coloured_by_compliance_over_the_restricted_zone()
    {
        using var session = new BrowserlessSession(App);
        await session.SignInAsync("map-reader", await App.AddUserAsync("map-reader", Roles.Leader));
        using var response = await session.GetAsync("/water/licences");
        var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var map = page[page.IndexOf("data-testid=\"licence-map\"", StringComparison.Ordinal)..];
        Assert.Equal(30, System.Text.RegularExpressions.Regex.Count(map, "<circle data-station="));
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(map, $"<circle data-station=\"[^\"]+\" cx=\"[^\"]+\" cy=\"[^\"]+\" r=\"7\" fill=\"{TheoDoi.Water.Security.ScorecardPage.Colour("poor")}\""));
        Assert.Contains("<path data-area=\"zone-", map, StringComparison.Ordinal);
        Assert.Contains("Hóc Môn – Bình Tân", map, StringComparison.Ordinal);
        Assert.Contains("(3225/QĐ-UBND)</title>", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_demo_station_is_marked_demo_with_a_note_and_lies_in_a_sub_basin()
    {
        var stations = await App.WithDbAsync(db => db.WaterStations.AsNoTracking().Where(s => s.Type != StationType.Quality).ToListAsync());
        var subBasins = await App.WithDbAsync(db => db.WaterBasins.AsNoTracking().Where(b => b.ParentId != null).Select(b => b.Id).ToListAsync());

        // The water-security demo's twenty and the partner demo's river station at the border.
        Assert.Equal(21, stations.Count);
        Assert.All(stations, s => Assert.True(s.IsDemo && s.Note!.Contains("demo", StringComparison.Ordinal) && subBasins.Contains(s.BasinId), s.Code));
        Assert.Equal(12, stations.Count(s => s.Type == StationType.Groundwater));
        Assert.Equal(3, stations.Where(s => s.Aquifer is not null).Select(s => s.Aquifer).Distinct().Count());
    }

    [Fact]
    public async Task Loading_the_demo_again_adds_nothing()
    {
        async Task<(int, int, int, int)> CountAsync() => await App.WithDbAsync(async db => (
            await db.WaterObservations.CountAsync(), await db.WaterStations.CountAsync(), await db.WaterLicences.CountAsync(), await db.GroundwaterZones.CountAsync()));
        var before = await CountAsync();

        await using (var scope = App.Services.CreateAsyncScope())
        {
            await WaterSecurityDemoData.LoadAsync(scope.ServiceProvider);
        }

        Assert.Equal(before, await CountAsync());
        Assert.NotEqual(0, await App.WithDbAsync(db => db.LicenceVolumes.CountAsync(v => v.IsDemo)));
    }
}
