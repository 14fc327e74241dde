using TheoDoi.Accounts;
using TheoDoi.Indicators;
using static TheoDoi.Tests.Indicators.IndicatorTestKit;

namespace TheoDoi.Tests.Indicators;

/// <summary>The public pages and endpoints answer without an account and show approved values only.</summary>
public sealed class PublicIndicatorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task Public_endpoints_show_approved_values_only()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(coordinator, UrbanWaste,
            Item("72", 2022, 70, 100, state: "approved"),
            Item("72", 2023, 75, 100, state: "submitted"),
            Item("72", 2024, 80, 100, state: "draft"));
        var anonymous = App.CreateClient();

        var values = (await anonymous.GetFromJsonAsync<IndicatorDtos.ValuesDto>($"/api/v1/public/indicators/{UrbanWaste}/values?by=old&from=2022&to=2024", Json.Options))!;
        var internalValues = await ValuesAsync(coordinator, UrbanWaste, "?by=old&from=2022&to=2024");
        var csv = await anonymous.GetStringAsync($"/api/v1/public/indicators/{UrbanWaste}/values?by=old&format=csv");
        var progress = (await anonymous.GetFromJsonAsync<IndicatorDtos.ProgressDto>($"/api/v1/public/indicators/{UrbanWaste}/progress?unit=72&at=2024-12-31", Json.Options))!;

        Assert.Equal(70, Cell(values, "72", 2022).Value);
        Assert.Null(Cell(values, "72", 2023).Value);
        Assert.Null(Cell(values, "72", 2024).Value);
        Assert.Equal(80, Cell(internalValues, "72", 2024).Value);
        Assert.True(Cell(internalValues, "72", 2024).Provisional);
        Assert.Contains($"{UrbanWaste},72,Tây Ninh,2022,70", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",2023,75", csv, StringComparison.Ordinal);
        Assert.Equal([2022], progress.Observations.Select(o => o.Year));
    }

    [Fact]
    public async Task The_public_list_and_page_open_without_an_account()
    {
        var anonymous = App.CreateClient();

        var list = await anonymous.GetAsync("/public/indicators");
        var page = await anonymous.GetAsync($"/public/indicators/{Parks}?by=old&includeLongAn=true");
        var json = await anonymous.GetFromJsonAsync<List<IndicatorDtos.IndicatorDto>>("/api/v1/public/indicators", Json.Options);
        var internalPage = await anonymous.GetAsync($"/indicators/{Parks}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("Tỉnh Bình Dương", await (await anonymous.GetAsync($"/public/indicators/{Parks}?by=old")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["KCN-XLNT", "CTR-SH-DT", "CTNH"], json!.Select(i => i.Code));
        Assert.Equal(100, json![0].Targets.Single(t => t.IsPlanTarget).Value);
        Assert.Equal(HttpStatusCode.Redirect, internalPage.StatusCode);
    }

    [Fact]
    public async Task The_national_reference_series_is_built_in_with_its_sources()
    {
        var values = (await App.CreateClient().GetFromJsonAsync<IndicatorDtos.ValuesDto>($"/api/v1/public/indicators/{Parks}/values?from=2012&to=2025", Json.Options))!;

        var national = values.Rows.Single(r => r.Key == "national");
        Assert.Equal(89, national.Cells.Single(c => c.Year == 2020).Value);
        Assert.Equal(244, national.Cells.Single(c => c.Year == 2020).Numerator);
        Assert.Equal(94.1, national.Cells.Single(c => c.Year == 2025).Value);
        Assert.Equal(60, national.Cells.Single(c => c.Year == 2012).Value);
    }
}
