using System.Text.Json;
using TheoDoi.Accounts;
using TheoDoi.Indicators;
using static TheoDoi.Tests.Indicators.IndicatorTestKit;

namespace TheoDoi.Tests.Indicators;

/// <summary>Who may enter, see, approve and define indicator values — every role.</summary>
public sealed class IndicatorPermissionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Theory]
    [InlineData(Roles.Coordinator, null, "75", HttpStatusCode.OK)]
    [InlineData(Roles.Admin, null, "75", HttpStatusCode.OK)]
    [InlineData(Roles.Reporter, "79", "74", HttpStatusCode.OK)] // today's HCMC reports for former Bình Dương
    [InlineData(Roles.Reporter, "79", "75", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Reporter, "CMT", "79", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Leader, null, "79", HttpStatusCode.Forbidden)]
    [InlineData(Roles.DataSteward, null, "79", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Reporter, "79", "national", HttpStatusCode.Forbidden)]
    public async Task Values_are_entered_by_the_coordinator_or_the_units_own_reporter(string role, string? unit, string target, HttpStatusCode expected)
    {
        var client = await App.ClientAsAsync(role, unit);
        var before = await CountValuesAsync(App);

        var response = await PutAsync(client, Hazardous, Item(target, 2020, 5, 10, state: "submitted"));

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal(before, await CountValuesAsync(App));
        }
    }

    [Fact]
    public async Task A_reporter_never_sees_another_units_drafts_and_cannot_change_approved_values()
    {
        var hcmc = await App.ClientAsAsync(Roles.Reporter, "79");
        var dongNai = await App.ClientAsAsync(Roles.Reporter, "75");
        var leader = await App.ClientAsAsync(Roles.Leader);
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(hcmc, Parks, Item("77", 2021, 10, 12, state: "draft"));

        Assert.Null(Cell(await ValuesAsync(dongNai, Parks, "?by=old&from=2021&to=2021"), "77", 2021).Value);
        Assert.NotNull(Cell(await ValuesAsync(hcmc, Parks, "?by=old&from=2021&to=2021"), "77", 2021).Value);
        Assert.NotNull(Cell(await ValuesAsync(leader, Parks, "?by=old&from=2021&to=2021"), "77", 2021).Value);

        await PutOkAsync(hcmc, Parks, Item("77", 2021, 10, 12, state: "submitted"));
        var id = await App.WithDbAsync(db => db.IndicatorValues.Where(v => v.Indicator.Code == Parks && v.Year == 2021 && v.Unit!.Code == "77").Select(v => v.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await hcmc.PostAsJsonAsync($"/api/v1/indicators/{Parks}/values/review", new { ids = new[] { id }, approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/indicators/{Parks}/values/review", new { ids = new[] { id }, approve = true })).StatusCode);

        Assert.Equal(83.33, Cell(await ValuesAsync(dongNai, Parks, "?by=old&from=2021&to=2021"), "77", 2021).Value);
        var change = await PutAsync(hcmc, Parks, Item("77", 2021, 11, 12, state: "draft"));
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Contains("approved", await change.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_value_goes_back_to_draft_with_the_reason_on_the_review_list()
    {
        var reporter = await App.ClientAsAsync(Roles.Reporter, "80");
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(reporter, UrbanWaste, Item("80", 2020, 700, 1000, state: "submitted")); // former Long An, by today's Tây Ninh
        var id = await App.WithDbAsync(db => db.IndicatorValues.Where(v => v.Indicator.Code == UrbanWaste && v.Year == 2020 && v.Unit!.Code == "80").Select(v => v.Id).SingleAsync());

        var noReason = await coordinator.PostAsJsonAsync($"/api/v1/indicators/{UrbanWaste}/values/review", new { ids = new[] { id }, approve = false });
        var returned = await coordinator.PostAsJsonAsync($"/api/v1/indicators/{UrbanWaste}/values/review", new { ids = new[] { id }, approve = false, reason = "Thiếu nguồn số liệu" });
        var report = await coordinator.GetFromJsonAsync<IndicatorQualityReport>("/api/v1/indicators/quality?year=2020", Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Contains(report!.Returned, r => r.Id == id && r.ReturnReason == "Thiếu nguồn số liệu");
        Assert.Contains(report.Missing, m => m.Indicator == Parks && m.Unit == "74");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/api/v1/indicators/quality")).StatusCode);
    }

    [Fact]
    public async Task Editing_a_definition_keeps_the_previous_version_readable()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var reporter = await App.ClientAsAsync(Roles.Reporter, "79");
        var detail = await coordinator.GetFromJsonAsync<IndicatorDtos.IndicatorDetailDto>($"/api/v1/indicators/{UrbanWaste}", Json.Options);
        var changed = detail!.Definition with { Denominator = "tổng khối lượng chất thải rắn sinh hoạt phát sinh tại đô thị (tấn/ngày)" };

        var noVersion = await coordinator.PutAsJsonAsync($"/api/v1/indicators/{UrbanWaste}", new { definition = changed, reason = "x" }, Json.Options);
        var noReason = await coordinator.PutAsJsonAsync($"/api/v1/indicators/{UrbanWaste}", new { definition = changed, version = detail.Indicator.Version }, Json.Options);
        var byReporter = await reporter.PutAsJsonAsync($"/api/v1/indicators/{UrbanWaste}", new { definition = changed, reason = "x" }, Json.Options);
        var saved = await coordinator.PutAsJsonAsync($"/api/v1/indicators/{UrbanWaste}", new { definition = changed, reason = "Làm rõ đơn vị tính của mẫu số", version = detail.Indicator.Version }, Json.Options);
        var versions = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{UrbanWaste}/versions");

        Assert.Equal((HttpStatusCode)428, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(2, versions.GetArrayLength());
        var latest = versions[0];
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.Equal("Làm rõ đơn vị tính của mẫu số", latest.GetProperty("reason").GetString());
        var change = latest.GetProperty("changes")[0];
        Assert.Equal("Mẫu số", change.GetProperty("field").GetString());
        Assert.Equal("tổng khối lượng chất thải rắn sinh hoạt đô thị phát sinh", change.GetProperty("old").GetString());
        Assert.Equal(1, versions[1].GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Data_quality_rules_refuse_impossible_values_and_flag_unusual_ones()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var refused = await PutAsync(coordinator, Parks, Item("70", 2020, 12, 10), Item("72", 2020, value: 104));
        await PutOkAsync(coordinator, Parks, Item("70", 2021, value: 80), Item("70", 2022, value: 81), Item("70", 2023, value: 82));
        var flagged = await PutAsync(coordinator, Parks, Item("70", 2024, value: 40));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        // The API answers in the caller's language (the language cookie; Vietnamese by default), naming the item and field.
        Assert.Contains("items[0].numerator: Tử số (12) lớn hơn mẫu số (10)", text, StringComparison.Ordinal);
        Assert.Contains("items[1].value: Tỷ lệ phải từ 0 đến 100", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, flagged.StatusCode);
        Assert.Contains("Khác xa các năm trước", await flagged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
