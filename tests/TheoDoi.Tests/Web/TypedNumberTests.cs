using System.Net;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Tests.Infrastructure;

namespace TheoDoi.Tests.Web;

/// <summary>
/// Numbers typed into page forms as Vietnamese type them (issue 11, item 9): "97,5" and "97.5" are
/// both 97.5 on a Vietnamese page (MVC alone read "97.5" as 975 there), "1.730" is refused as
/// ambiguous with the reason and nothing saved, and a stored figure comes back as "97,5", not "97.50".
/// </summary>
public sealed class TypedNumberTests : IClassFixture<AppFixture>
{
    private readonly TestApp _app;

    public TypedNumberTests(AppFixture fixture) => _app = fixture.App;

    private async Task<(BrowserlessSession Session, HttpResponseMessage Response)> AddParkAsync(string code, string area, string capacity)
    {
        var username = "numbers-" + Guid.NewGuid().ToString("N")[..6];
        var password = await _app.AddUserAsync(username, Roles.Coordinator);
        var session = new BrowserlessSession(_app);
        await session.SignInAsync(username, password);
        var response = await session.PostFormAsync("/registries/parks?handler=add", "/registries/parks", new Dictionary<string, string>
        {
            ["code"] = code,
            ["name"] = "KCN thử số " + code,
            ["kind"] = "IndustrialPark",
            ["unit"] = "72",
            ["areaHa"] = area,
            ["plantCapacity"] = capacity,
        });
        return (session, response);
    }

    [Theory]
    [InlineData("N-COMMA", "97,5", "1200")]
    [InlineData("N-DOT", "97.5", "1 200")]
    public async Task A_decimal_typed_with_a_comma_or_a_dot_is_the_same_number(string code, string area, string capacity)
    {
        var (session, response) = await AddParkAsync(code, area, capacity);
        using var _ = session;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var park = await _app.WithDbAsync(db => db.IndustrialParks.SingleAsync(p => p.Code == code));
        Assert.Equal(97.5m, park.AreaHa);
        Assert.Equal(1200m, park.PlantCapacity);
        var page = await (await session.GetAsync(response.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("value=\"1200\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_that_could_be_1730_or_1_73_is_refused_with_the_reason_and_nothing_is_saved()
    {
        var (session, response) = await AddParkAsync("N-AMBIGUOUS", "1.730", "");
        using var _ = session;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1.730", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _app.WithDbAsync(db => db.IndustrialParks.AnyAsync(p => p.Code == "N-AMBIGUOUS")));
    }
}
