using TheoDoi.Accounts;
using TheoDoi.Tests.Infrastructure;
using TheoDoi.Tests.Water;
using TheoDoi.Water;

namespace TheoDoi.Tests.Web;

/// <summary>
/// Public pages are answered from memory for anonymous readers (issue 12, item 14), and that never
/// shows a reader something stale or something that is not theirs.
/// </summary>
public sealed class PublicCacheTests : IAsyncLifetime
{
    private const string Wqi = "/api/v1/public/water/stations/SG-07/wqi?from=2026-01-01&to=2026-12-31";
    private TestApp _app = null!;
    private HttpClient _steward = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _steward = await _app.ClientAsAsync(Roles.DataSteward);
        var validated = WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2026-01-10T09:00:00+07:00");
        var raw = WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2026-03-10T09:00:00+07:00", doValue: 3.1m);
        (await _steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(validated, qc: "validated"))).EnsureSuccessStatusCode();
        (await _steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(raw))).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_validation_is_public_at_once_although_the_public_answer_was_held()
    {
        var anonymous = _app.CreateClient();
        Assert.Single((await anonymous.GetFromJsonAsync<List<WaterDtos.IndexDto>>(Wqi, Json.Options))!);
        Assert.Single((await anonymous.GetFromJsonAsync<List<WaterDtos.IndexDto>>(Wqi, Json.Options))!);

        var response = await _steward.PostAsJsonAsync("/api/v1/water/stations/SG-07/validation", new { from = "2026-03-01", to = "2026-03-31", state = "validated" }, Json.Options);
        response.EnsureSuccessStatusCode();

        Assert.Equal(2, (await anonymous.GetFromJsonAsync<List<WaterDtos.IndexDto>>(Wqi, Json.Options))!.Count);
    }

    [Fact]
    public async Task A_signed_in_steward_never_gets_the_anonymous_page_and_the_public_never_gets_the_stewards()
    {
        var anonymous = _app.CreateClient();
        const string page = "/water/stations/SG-07?from=2026-01-01&to=2026-12-31";
        var publicPage = await anonymous.GetStringAsync(page);
        Assert.DoesNotContain("chưa kiểm định", publicPage, StringComparison.Ordinal); // the raw March sample

        using var steward = new BrowserlessSession(_app);
        var password = await _app.AddUserAsync("cache-steward", Roles.DataSteward);
        await steward.SignInAsync("cache-steward", password);
        var stewardsPage = await (await steward.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("chưa kiểm định", stewardsPage, StringComparison.Ordinal);

        Assert.DoesNotContain("chưa kiểm định", await anonymous.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_language_gets_its_own_page()
    {
        var vietnamese = await _app.CreateClient().GetStringAsync("/public/indicators");
        var english = _app.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", $"{TheoDoi.Web.Language.CookieName}=c%3Den-GB%7Cuic%3Den-GB");

        Assert.Contains("lang=\"vi\"", vietnamese, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", await english.GetStringAsync("/public/indicators"), StringComparison.Ordinal);
    }

}

/// <summary>Which parts of the public cache a change of each area empties.</summary>
public sealed class PublicCacheTagTests
{
    [Theory]
    [InlineData("Indicators", "home indicators")] // an approved value shows on the indicator pages at once
    [InlineData("Registries", "home indicators")]
    [InlineData("Water", "home water")]
    [InlineData("Tasks", "home other")]
    [InlineData("Accounts", "")] // a sign-in or a new account changes no public page
    [InlineData("Audit", "")]
    [InlineData("Units", "public")] // unit names are on every page
    [InlineData("*", "public")] // a raw SQL commit: anything may have changed
    public void A_change_empties_every_public_part_that_shows_it(string area, string tags)
    {
        var emptied = TheoDoi.Web.PublicCache.TagsChangedBy(new HashSet<string> { area });

        Assert.Equal(tags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), emptied.Order(StringComparer.Ordinal));
    }
}
