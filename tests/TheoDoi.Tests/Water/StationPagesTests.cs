using System.Net;
using TheoDoi.Accounts;
using TheoDoi.Shared;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>One app with one station of each quantity type (<see cref="StationFixtures"/>), imported once.</summary>
public sealed class StationPagesFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        await StationFixtures.AddAllAsync(App);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Station pages by type (issue 9, item 6): what a reader of a river, reservoir, well or salinity station
/// sees, in vi-VN numbers, validated data only without sign-in; quality stations keep their page.
/// </summary>
public sealed class StationPagesTests(StationPagesFixture fixture) : IClassFixture<StationPagesFixture>
{
    private TestApp App => fixture.App;

    /// <summary>The page's text with entities decoded: Razor writes "+" and "³" as character references.</summary>
    private async Task<string> PublicAsync(string url) => WebUtility.HtmlDecode(await App.CreateClient().GetStringAsync(url));

    private async Task<string> SignedInAsync(string url, string user)
    {
        using var session = new BrowserlessSession(App);
        await session.SignInAsync(user, await App.AddUserAsync(user, Roles.Leader));
        using var response = await session.GetAsync(url);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_river_page_draws_the_flow_on_percentile_bands_and_classes_the_latest_validated_day()
    {
        var page = await PublicAsync($"/water/stations/{StationFixtures.River}");

        Assert.Contains("data-testid=\"level-section\" data-parameter=\"Q\"", page, StringComparison.Ordinal);
        Assert.Contains("<polygon fill=\"#a6dba0\"", page, StringComparison.Ordinal); // the 25–75 band
        Assert.Contains("Thấp hơn nhiều so với bình thường", page, StringComparison.Ordinal);
        Assert.Contains("<dt>31/12/2024</dt>", page, StringComparison.Ordinal);
        Assert.Contains("12 năm trước", page, StringComparison.Ordinal); // the reason: how many past years ranked it
        Assert.DoesNotContain("9.000", page, StringComparison.Ordinal); // the raw flood is not public
        Assert.DoesNotContain("data-testid=\"wqi-chart\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_reader_sees_the_not_yet_validated_latest_value_and_its_class()
    {
        var page = await SignedInAsync($"/water/stations/{StationFixtures.River}", "reader-river");

        Assert.Contains("<dt>01/01/2025</dt>", page, StringComparison.Ordinal);
        Assert.Contains("Cao hơn nhiều so với bình thường", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_with_fewer_than_ten_past_years_are_counted_and_say_why_they_have_no_bands()
    {
        // The record starts in 2013: a day of 2015 has 2013 and 2014 behind it, and around New Year also 2012,
        // whose window reaches into the first days of January 2013.
        var page = await PublicAsync($"/water/stations/{StationFixtures.River}?from=2015-01-01&to=2015-12-31");

        Assert.Contains("data-testid=\"not-ranked\"", page, StringComparison.Ordinal);
        Assert.Contains("Số ngày không có dải: 365", page, StringComparison.Ordinal);
        Assert.Contains("hiện có 3", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<polygon", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reservoir_page_shows_percent_full_against_last_year_and_the_normal()
    {
        var page = await PublicAsync($"/water/stations/{StationFixtures.Reservoir}");

        Assert.Contains("data-testid=\"storage-numbers\"", page, StringComparison.Ordinal);
        Assert.Contains("40,1%", page, StringComparison.Ordinal);            // 1110 ÷ 2765
        Assert.Contains("+10 triệu m³", page, StringComparison.Ordinal);     // 1110 − 1100 a year before
        Assert.Contains("1.050 triệu m³ (+60)", page, StringComparison.Ordinal); // the median of 2013–2023
        Assert.Contains("<title>cùng ngày năm trước</title>", page, StringComparison.Ordinal);
        Assert.Contains("<title>bình thường (trung vị)</title>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reservoir_with_levels_only_gets_its_storage_from_its_level_volume_table()
    {
        var registered = await StationTypesTests.RegisterAsync(App, StationTypesTests.Head + "RS-02,Hồ chỉ có mực nước,automatic,,,,,,false,reservoir,,Hòn Dấu,,100\n");
        Assert.True(registered.IsDone);
        await StationFixtures.ImportAsync(App, WaterImportTests.Header + "RS-02,2024-06-01T08:00:00+07:00,H,10,m,\nRS-02,2024-06-02T08:00:00+07:00,H,12,m,\n", QcState.Validated);
        var table = await App.WithAsync<ReplaceLevelVolume, UseCaseResult<int>>(replace => replace.RunAsync("RS-02", new StringReader("level_m,volume_hm3\n0,0\n20,100\n")));
        Assert.True(table.IsDone);

        var page = await PublicAsync("/water/stations/RS-02");

        Assert.Contains("data-testid=\"level-section\" data-parameter=\"H\"", page, StringComparison.Ordinal);
        Assert.Contains("60%", page, StringComparison.Ordinal); // 12 m → 60 hm³ of 100, linear between the table's rows
        Assert.Contains("data-testid=\"percentile-refused\"", page, StringComparison.Ordinal); // one year of levels is not ranked
    }

    [Fact]
    public async Task A_well_page_shows_the_trend_its_test_and_the_years_to_the_threshold()
    {
        var page = await PublicAsync($"/water/stations/{StationFixtures.Well}");

        Assert.Contains("data-testid=\"well-trend\"", page, StringComparison.Ordinal);
        Assert.Contains("+0,5 m/năm", page, StringComparison.Ordinal);
        Assert.Contains("S = 7140", page, StringComparison.Ordinal); // 120 readings, each deeper than the last: 120 × 119 ÷ 2
        Assert.Contains("<strong>30,1 năm</strong>", page, StringComparison.Ordinal); // (40 − 24,96) ÷ 0,5
        Assert.Contains("<title>xu hướng Sen 10 năm</title>", page, StringComparison.Ordinal);
        Assert.Contains("ngưỡng 40 m", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"station-threshold\">40 m</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_salinity_page_lists_the_events_marks_the_open_one_and_compares_dry_seasons()
    {
        var page = await PublicAsync($"/water/stations/{StationFixtures.Salinity}?from=2023-12-01&to=2025-03-31");

        Assert.Contains("data-testid=\"salinity-events\"", page, StringComparison.Ordinal);
        Assert.Equal(1, Count(page, "data-open=\"true\""));
        Assert.Equal(1, Count(page, "data-open=\"false\""));
        Assert.Contains("<td class=\"nowrap\">05/02/2024 12:00</td>", page, StringComparison.Ordinal); // the peak's time
        Assert.Contains("366 mg/L", page, StringComparison.Ordinal);
        Assert.Contains("<td>2023–2024</td><td class=\"num\">1</td><td class=\"num\">6</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>2024–2025</td>", page, StringComparison.Ordinal);
        Assert.Contains(">200 mg/L</text>", page, StringComparison.Ordinal); // an alert step
        Assert.Contains(">ngưỡng 250 mg/L</text>", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"station-threshold\">250 mg/L</dd>", page, StringComparison.Ordinal); // the header names the unit of a chloride intake's limit
        Assert.Equal(2, Count(page, "<polyline fill=\"none\" stroke=\"#1d4f91\"")); // the year without readings is not bridged
    }

    [Fact]
    public async Task The_pages_read_in_English_with_english_numbers()
    {
        var client = App.CreateClient();
        WaterImportTests.InEnglish(client);

        var well = WebUtility.HtmlDecode(await client.GetStringAsync($"/water/stations/{StationFixtures.Well}"));
        var reservoir = WebUtility.HtmlDecode(await client.GetStringAsync($"/water/stations/{StationFixtures.Reservoir}"));

        Assert.Contains("Sen's slope, 10 years", well, StringComparison.Ordinal);
        Assert.Contains("<strong>30.1 years</strong>", well, StringComparison.Ordinal);
        Assert.Contains("40.1%", reservoir, StringComparison.Ordinal);
        Assert.DoesNotContain("Tỷ lệ đầy", reservoir, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quality_station_keeps_its_index_page()
    {
        var page = await PublicAsync("/water/stations/SG-01");

        Assert.Contains("data-testid=\"wqi-chart\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"level-section\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_basin_page_counts_its_stations_by_type()
    {
        var page = await PublicAsync("/water/basin");

        Assert.Contains("data-testid=\"stations-per-type\"", page, StringComparison.Ordinal);
        Assert.Contains("giếng nước dưới đất 1", page, StringComparison.Ordinal);
        Assert.Contains("độ mặn (cửa lấy nước) 1", page, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
