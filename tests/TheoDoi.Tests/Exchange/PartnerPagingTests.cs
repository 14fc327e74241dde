using System.Text.Json;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// A partner's lists are narrowed to its agreement and then paged (Shared/PagedList runs outside
/// Exchange/PartnerResults): its pages are full, its cursor walks only what it may see, and its
/// answers are never kept by a cache.
/// </summary>
public sealed class PartnerPagingTests(ExchangeFixture fixture) : IClassFixture<ExchangeFixture>
{
    [Fact]
    public async Task A_partner_walks_the_stations_of_its_agreement_a_full_page_at_a_time()
    {
        var (_, key) = await fixture.PartnerAsync("Paging partner", stations: "SG-01,SG-02");
        var client = fixture.Partner(key.Key);

        var seen = new List<string>();
        string? next = "/api/v1/public/water/stations?limit=1";
        while (next is not null)
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, "a keyed answer is private");
            Assert.Null(response.Headers.ETag);
            var page = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(s => s.GetProperty("code").GetString()!).ToList();
            seen.Add(Assert.Single(page));
            next = response.Headers.TryGetValues("Link", out var links) ? new Uri(links.Single()[1..links.Single().IndexOf('>', StringComparison.Ordinal)]).PathAndQuery : null;
            Assert.True(seen.Count <= 2, "the partner's walk goes past its two stations: " + string.Join(", ", seen));
        }

        Assert.Equal(["SG-01", "SG-02"], seen.Order(StringComparer.Ordinal));
    }
}
