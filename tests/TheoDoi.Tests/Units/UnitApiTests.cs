using TheoDoi.Accounts;
using TheoDoi.Core.Units;
using TheoDoi.Units;

namespace TheoDoi.Tests.Units;

/// <summary>Effective-dated units from the built-in data (docs/reference/southeast-region.md §2–3).</summary>
public sealed class UnitApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<List<UnitEndpoints.UnitDto>> UnitsAtAsync(string day)
    {
        var client = await fixture.App.ClientAsAsync(Roles.Reporter);
        return (await client.GetFromJsonAsync<List<UnitEndpoints.UnitDto>>($"/api/v1/units?at={day}", Json.Options))!;
    }

    public static TheoryData<string, string[]> ProvincesOn => new()
    {
        { "2024-06-01", ["70", "72", "74", "75", "77", "79", "80"] },
        { "2025-06-30", ["70", "72", "74", "75", "77", "79", "80"] },
        { "2025-07-01", ["75", "79", "80"] },
        { "2026-11-26", ["75", "79", "80"] },
    };

    [Theory]
    [MemberData(nameof(ProvincesOn))]
    public async Task Provinces_valid_on_a_day_follow_the_2025_arrangement(string day, string[] codes)
    {
        var units = await UnitsAtAsync(day);

        Assert.Equal(codes, units.Where(u => u.Kind == UnitKind.Province).Select(u => u.Code).Order());
    }

    [Theory]
    [InlineData("2024-06-01", "80", "Tỉnh Long An")]
    [InlineData("2025-07-01", "80", "Tỉnh Tây Ninh")]
    [InlineData("2026-04-29", "75", "Tỉnh Đồng Nai")]
    [InlineData("2026-04-30", "75", "Thành phố Đồng Nai")]
    [InlineData("2025-02-28", "BTNMT", "Bộ Tài nguyên và Môi trường")]
    [InlineData("2025-03-01", "BNNMT", "Bộ Nông nghiệp và Môi trường")]
    public async Task A_code_names_the_unit_valid_that_day(string day, string code, string name)
    {
        var units = await UnitsAtAsync(day);

        Assert.Equal(name, units.Single(u => u.Code == code).Name);
    }

    [Fact]
    public async Task New_HCMC_lists_its_three_predecessors_with_the_merger_date()
    {
        var units = await UnitsAtAsync("2025-07-01");

        var hcmc = units.Single(u => u.Code == "79");
        Assert.Equal(["74", "77", "79"], hcmc.Predecessors.Select(p => p.Unit.Code).Order());
        Assert.All(hcmc.Predecessors, p => Assert.Equal((new DateOnly(2025, 7, 1), SuccessionKind.Merge), (p.Effective, p.Kind)));
        Assert.Equal(new DateOnly(2025, 7, 1), hcmc.ValidFrom);
    }

    [Fact]
    public async Task History_of_Binh_Duong_is_kept_and_it_is_held_by_HCMC_today()
    {
        var client = await fixture.App.ClientAsAsync(Roles.Leader);

        var history = await client.GetFromJsonAsync<UnitEndpoints.HistoryDto>("/api/v1/units/74/history", Json.Options);

        var period = Assert.Single(history!.Periods);
        Assert.Equal("Tỉnh Bình Dương", period.Name);
        Assert.Equal(new DateOnly(2025, 6, 30), period.ValidTo);
        Assert.Equal("79", Assert.Single(period.Successors).Unit.Code);
        Assert.Equal("79", Assert.Single(history.HoldersToday).Code);
    }

    [Fact]
    public async Task Dong_Nai_keeps_both_periods_and_the_rename()
    {
        var client = await fixture.App.ClientAsAsync(Roles.Coordinator);

        var history = await client.GetFromJsonAsync<UnitEndpoints.HistoryDto>("/api/v1/units/75/history", Json.Options);

        Assert.Equal(3, history!.Periods.Count);
        var rename = history.Periods[1].Successors.Single();
        Assert.Equal((SuccessionKind.Rename, new DateOnly(2026, 4, 30)), (rename.Kind, rename.Effective));
    }

    [Fact]
    public async Task Unknown_code_is_404_and_a_bad_date_is_400()
    {
        var client = await fixture.App.ClientAsAsync(Roles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/units/XX/history")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/units?at=2025-13-45")).StatusCode);
    }
}
