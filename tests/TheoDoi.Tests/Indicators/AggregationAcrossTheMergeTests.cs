using TheoDoi.Accounts;
using static TheoDoi.Tests.Indicators.IndicatorTestKit;

namespace TheoDoi.Tests.Indicators;

/// <summary>Values by old and new units: the 2024 figures of Bình Dương and Bà Rịa - Vũng Tàu add into HCMC from numerators and denominators.</summary>
public sealed class AggregationAcrossTheMergeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task New_HCMC_2024_is_the_sum_of_numerators_over_the_sum_of_denominators_of_its_three_predecessors()
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(client, Parks,
            Item("79", 2024, 15, 16), // 93,75%
            Item("74", 2024, 20, 29), // 68,97%
            Item("77", 2024, 9, 15)); // 60%

        var byNew = await ValuesAsync(client, Parks, "?by=new&from=2024&to=2024");
        var byOld = await ValuesAsync(client, Parks, "?by=old&from=2024&to=2024");

        var hcmc = Cell(byNew, "79", 2024);
        Assert.Equal(44, hcmc.Numerator);
        Assert.Equal(60, hcmc.Denominator);
        Assert.Equal(73.33, hcmc.Value); // 44/60, not the mean of 93,75, 68,97 and 60 (74,24)
        Assert.True(hcmc.Aggregated);
        Assert.Equal(["74", "77", "79"], hcmc.Used.Select(u => u.Unit).Order());
        Assert.Empty(hcmc.Missing);
        Assert.Equal(68.97, Cell(byOld, "74", 2024).Value);
        Assert.Equal(60, Cell(byOld, "77", 2024).Value);
        Assert.Equal(3, byNew.Rows.Count(r => r.Kind == TheoDoi.Indicators.RowKind.Unit));
        Assert.Equal(7, byOld.Rows.Count(r => r.Kind == TheoDoi.Indicators.RowKind.Unit));
    }

    [Fact]
    public async Task An_aggregate_names_the_inputs_it_used_and_those_missing_with_the_reason()
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(client, UrbanWaste,
            Item("75", 2023, 1800, 2000),
            Item("70", 2023, value: 85)); // a share without its numerator and denominator cannot be added up

        var cell = Cell(await ValuesAsync(client, UrbanWaste, "?by=new&from=2023&to=2023"), "75", 2023);

        Assert.Equal(90, cell.Value);
        Assert.Equal(["75"], cell.Used.Select(u => u.Unit));
        var missing = Assert.Single(cell.Missing);
        Assert.Equal("70", missing.Unit);
        Assert.Contains("thiếu tử số hoặc mẫu số", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_region_counts_Long_An_only_when_asked_and_says_so_from_2025()
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(client, Hazardous,
            Item("79", 2022, 90, 100), Item("74", 2022, 45, 50), Item("77", 2022, 18, 20),
            Item("75", 2022, 80, 100), Item("70", 2022, 8, 10), Item("72", 2022, 9, 10),
            Item("80", 2022, 10, 50), // former Long An, far lower
            Item("79", 2025, 190, 200), Item("75", 2025, 95, 100), Item("80", 2025, 50, 60));

        var without = await ValuesAsync(client, Hazardous, "?from=2022&to=2025");
        var with = await ValuesAsync(client, Hazardous, "?from=2022&to=2025&includeLongAn=true");

        var w22 = Cell(without, "region", 2022);
        var l22 = Cell(with, "region", 2022);
        Assert.Equal(250, w22.Numerator);
        Assert.Equal(290, w22.Denominator);
        Assert.Equal(6, w22.Used.Count);
        Assert.Equal(260, l22.Numerator);
        Assert.Equal(340, l22.Denominator);
        Assert.Contains(l22.Used, u => u.Unit == "80" && u.ValidTo == new DateOnly(2025, 6, 30));
        Assert.Equal(335, Cell(without, "region", 2025).Numerator);
        Assert.Contains("không tách được", Cell(without, "region", 2025).Note, StringComparison.Ordinal);
        Assert.Null(Cell(with, "region", 2025).Note);
    }

    [Fact]
    public async Task A_year_value_goes_to_the_unit_valid_on_31_December()
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);

        var response = await PutAsync(client, Parks, Item("74", 2025, 1, 2));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No province with code 74 on 31/12/2025", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
