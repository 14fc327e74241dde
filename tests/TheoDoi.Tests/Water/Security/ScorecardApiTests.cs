using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TheoDoi.Accounts;
using TheoDoi.Water.Security;

namespace TheoDoi.Tests.Water.Security;

/// <summary>GET /api/v1/water/security and its public twin (issue 9): a status per dimension from its inputs, the basin over all its stations, history by year.</summary>
public sealed class ScorecardApiTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(new TestAppOptions(Clock: new FakeTimeProvider(ScorecardFixture.Now)));
        await ScorecardFixture.LoadAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static ScorecardDto.DimensionDto Dimension(ScorecardDto.AreaDto area, string code) => area.Dimensions.Single(d => d.Code == code);

    [Fact]
    public async Task Each_dimension_has_a_status_with_its_inputs_and_arithmetic_and_the_basin_counts_all_its_stations()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);

        var card = (await steward.GetFromJsonAsync<ScorecardDto>("/api/v1/water/security?year=2025", Json.Options))!;

        Assert.Equal(2025, card.Year);
        Assert.Equal("DN-SG", card.Basin.Code);
        Assert.Equal(["availability", "groundwater", "salinity", "quality", "use"], card.Basin.Dimensions.Select(d => d.Code));
        var dongNai = card.SubBasins.Single(b => b.Code == "DN-SG-DN");
        var saigon = card.SubBasins.Single(b => b.Code == "DN-SG-SG");
        var flow = Dimension(dongNai, "availability");
        Assert.Equal("poor", flow.Status);
        Assert.StartsWith("1 của 1 trạm dưới bách phân vị 25", flow.Reason, StringComparison.Ordinal);
        Assert.Contains("cần ít nhất 10 năm số liệu", flow.Inputs.Single(i => i.Code == "SC-V").Value, StringComparison.Ordinal);
        Assert.Contains("hiện có 6", flow.Inputs.Single(i => i.Code == "SC-V").Value, StringComparison.Ordinal);
        Assert.True(flow.Inputs.Single(i => i.Code == "SC-Q").Concern);
        Assert.Equal("/water/stations/SC-Q", flow.Inputs.Single(i => i.Code == "SC-Q").Href);
        Assert.Equal(("poor", "1 của 1 giếng hạ thấp có ý nghĩa hoặc vượt ngưỡng (100 %) ≥ 50 % → kém"), (Dimension(saigon, "groundwater").Status, Dimension(saigon, "groundwater").Reason.Split(';')[0]));
        Assert.Contains("so với 1 giờ mùa 2023–2024 (300 %)", Dimension(saigon, "salinity").Reason, StringComparison.Ordinal);
        Assert.Equal("poor", Dimension(saigon, "salinity").Status);
        Assert.Equal("not-assessed", Dimension(card.SubBasins.Single(b => b.Code == "DN-SG-BE"), "availability").Status);
        var use = Dimension(dongNai, "use");
        Assert.Equal("poor", use.Status);
        Assert.Equal("/water/licences/detail?number=60%2FGP-SC", Assert.Single(use.Inputs).Href);
        // The basin is computed over every station, not the worst of its sub-basins: one river ranked, one of concern.
        Assert.StartsWith("1 của 1 trạm", Dimension(card.Basin, "availability").Reason, StringComparison.Ordinal);
        Assert.Equal(["poor", "poor", "poor", "not-assessed", "poor"], card.Basin.Dimensions.Select(d => d.Status));
    }

    [Fact]
    public async Task A_reservoir_with_levels_only_is_ranked_on_its_level()
    {
        var registered = await StationTypesTests.RegisterAsync(_app, StationTypesTests.Head + "SC-H,Hồ Thác Mơ H,automatic,11.85,107.0,THACMO,,,false,reservoir,,Hòn Dấu,,1360\n");
        Assert.True(registered.IsDone);
        var rows = new System.Text.StringBuilder(WaterImportTests.Header);
        for (var year = 2013; year <= 2025; year++)
        {
            // Twelve years of 20 December levels, the last one the lowest.
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"SC-H,{year}-12-20T09:00:00+07:00,H,{(year == 2025 ? 210 : 215 + (year % 3))},m,\n");
        }

        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        var import = await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(rows.ToString(), qc: "validated"));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());

        var card = (await steward.GetFromJsonAsync<ScorecardDto>("/api/v1/water/security?year=2025", Json.Options))!;

        var be = Dimension(card.SubBasins.Single(b => b.Code == "DN-SG-BE"), "availability");
        Assert.Equal("poor", be.Status);
        var input = Assert.Single(be.Inputs);
        Assert.True(input.Assessed && input.Concern, input.Value);
        Assert.StartsWith("H 20/12/2025", input.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_end_value_is_ranked_on_the_same_past_years_as_the_station_percentile()
    {
        // Readings each 3 January from 2016: 3 January 2016 lies within 7 days of 31 December 2015, so the
        // window around 31 December has ten past years (2015–2024) — as the station's percentile counts them.
        var registered = await StationTypesTests.RegisterAsync(_app, StationTypesTests.Head + "SC-YE,Đồng Nai cuối năm,automatic,11.1,106.9,DN,,,false,river,,Hòn Dấu,,\n");
        Assert.True(registered.IsDone);
        var rows = new System.Text.StringBuilder(WaterImportTests.Header);
        for (var year = 2016; year <= 2025; year++)
        {
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"SC-YE,{year}-01-03T09:00:00+07:00,Q,{100 + year - 2016},m3/s,\n");
        }

        rows.Append("SC-YE,2025-12-31T09:00:00+07:00,Q,50,m3/s,\n");
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        var import = await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(rows.ToString(), qc: "validated"));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());

        var card = (await steward.GetFromJsonAsync<ScorecardDto>("/api/v1/water/security?year=2025", Json.Options))!;
        using var percentile = JsonDocument.Parse(await steward.GetStringAsync("/api/v1/water/stations/SC-YE/percentile?parameter=Q"));

        Assert.Equal(10, percentile.RootElement.GetProperty("years").GetInt32());
        var input = card.SubBasins.SelectMany(b => b.Dimensions).Where(d => d.Code == "availability").SelectMany(d => d.Inputs).Single(i => i.Code == "SC-YE");
        Assert.True(input.Assessed, input.Value);
        Assert.Contains("của 10 năm trước", input.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_runs_from_the_first_year_with_data_and_its_last_year_is_the_scorecard()
    {
        var steward = await _app.ClientAsAsync(Roles.Reporter);

        var card = (await steward.GetFromJsonAsync<ScorecardDto>("/api/v1/water/security?year=2025", Json.Options))!;

        Assert.Equal(Enumerable.Range(2014, 12), card.History.Select(h => h.Year));
        Assert.Equal(card.Basin.Dimensions.Select(d => d.Status), card.History[^1].Dimensions.Select(d => d.Status));
        Assert.Equal("not-assessed", card.History[0].Dimensions.Single(d => d.Code == "availability").Status); // 2014: no past years to rank against
    }

    [Fact]
    public async Task The_public_scorecard_uses_validated_values_only_and_links_no_licence()
    {
        var card = (await _app.CreateClient().GetFromJsonAsync<ScorecardDto>("/api/v1/public/water/security?year=2025", Json.Options))!;

        var groundwater = Dimension(card.SubBasins.Single(b => b.Code == "DN-SG-SG"), "groundwater");
        Assert.Equal("not-assessed", groundwater.Status); // the well's readings are raw
        Assert.Equal("poor", Dimension(card.Basin, "availability").Status);
        Assert.Equal("", Assert.Single(Dimension(card.Basin, "use").Inputs).Href);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2027")]
    [InlineData("1800")]
    public async Task A_bad_year_is_refused_in_both_languages(string year)
    {
        var english = _app.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", $"{TheoDoi.Web.Language.CookieName}=c%3Den-GB%7Cuic%3Den-GB");

        var vi = await _app.CreateClient().GetAsync("/api/v1/public/water/security?year=" + year);
        var en = await english.GetAsync("/api/v1/public/water/security?year=" + year);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (vi.StatusCode, en.StatusCode));
        Assert.Matches("^(Năm phải từ 1900 đến 2026|Tham số year phải là một năm)", await FirstErrorAsync(vi));
        Assert.StartsWith("year must", await FirstErrorAsync(en), StringComparison.Ordinal);
    }

    private static async Task<string> FirstErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetString()!;

    [Fact]
    public async Task Every_role_reads_the_scorecard_and_without_a_token_only_the_public_one()
    {
        foreach (var role in new[] { Roles.Coordinator, Roles.Reporter, Roles.DataSteward, Roles.Leader, Roles.Admin })
        {
            Assert.Equal(HttpStatusCode.OK, (await (await _app.ClientAsAsync(role)).GetAsync("/api/v1/water/security")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().GetAsync("/api/v1/water/security")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/api/v1/public/water/security")).StatusCode);
    }
}
