using System.Text.RegularExpressions;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// The admin pages (issue 10, items 3–4): /exchange/partners records a partner and agreement, issues
/// a key shown on that answer only, revokes it; /exchange shows what each partner was sent per month.
/// Admins only.
/// </summary>
public sealed partial class ExchangePagesTests(ExchangeFixture fixture) : IClassFixture<ExchangeFixture>
{
    private async Task<BrowserlessSession> AdminAsync()
    {
        var session = new BrowserlessSession(fixture.App);
        var name = "page-admin-" + Guid.NewGuid().ToString("N")[..6];
        await session.SignInAsync(name, await fixture.App.AddUserAsync(name, Roles.Admin));
        return session;
    }

    [Fact]
    public async Task An_admin_records_a_partner_issues_a_key_shown_once_and_revokes_it()
    {
        using var session = await AdminAsync();
        var saved = await session.PostFormAsync("/exchange/partners?handler=Save", "/exchange/partners", new()
        {
            ["name"] = "Ủy hội sông Mê Kông (thử)",
            ["country"] = "la",
            ["contact"] = "data@mrc.example",
            ["document"] = "MOU 3/2026",
            ["signedOn"] = "5/1/2026",
            ["expiresOn"] = "31/12/2026",
            ["groups"] = "salinity",
            ["scope"] = "stations",
            ["stations"] = "hp-01",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var agreement = await fixture.App.WithDbAsync(db => db.Agreements.Include(a => a.Partner).SingleAsync(a => a.Partner.Name == "Ủy hội sông Mê Kông (thử)"));
        Assert.Equal(("LA", "HP-01", new DateOnly(2026, 1, 5), Core.Exchange.DataGroups.Salinity), (agreement.Partner.Country, agreement.StationCodes, agreement.SignedOn, agreement.Groups));

        var issued = await session.PostFormAsync("/exchange/partners?handler=Issue", "/exchange/partners", new() { ["agreement"] = agreement.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var html = await issued.Content.ReadAsStringAsync();
        var key = KeyShown().Match(html).Value;
        Assert.NotEmpty(key);
        Assert.True(issued.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain(key, await TextAsync(session, "/exchange/partners"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Partner(key).GetAsync("/api/v1/public/water/stations/HP-01/salinity-events?from=2025-01-01")).StatusCode);

        var keyId = await fixture.App.WithDbAsync(db => db.PartnerKeys.Where(k => k.AgreementId == agreement.Id).Select(k => k.Id).SingleAsync());
        await session.PostFormAsync("/exchange/partners?handler=Revoke", "/exchange/partners", new() { ["key"] = keyId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Partner(key).GetAsync("/api/v1/public/water/stations/HP-01")).StatusCode);
        var page = await TextAsync(session, "/exchange/partners");
        Assert.Contains("Đã thu hồi", page, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"data-period\">không giới hạn</dd>", page, StringComparison.Ordinal); // an agreement without a data period says so
    }

    [Fact]
    public async Task The_exchange_page_shows_each_partner_month_by_month()
    {
        var (_, key) = await fixture.PartnerAsync("Monthly partner");
        await fixture.Partner(key.Key).GetAsync("/api/v1/public/water/stations/SG-01/observations?from=2026-01-01");
        await fixture.Partner(key.Key).GetAsync("/api/v1/public/water/stations/SG-02");
        using var session = await AdminAsync();

        var html = await TextAsync(session, "/exchange?year=2026");

        var row = Regex.Match(html, "<td>Monthly partner</td>\\s*<td>06/2026</td>\\s*<td class=\"num\">(\\d+)</td>\\s*<td class=\"num\">(\\d+)</td>\\s*<td class=\"num\">(\\d+)</td>");
        Assert.True(row.Success, html);
        Assert.Equal(("2", "1", "2"), (row.Groups[1].Value, row.Groups[2].Value, row.Groups[3].Value)); // two requests, SG-02 refused, two values sent
    }

    [Theory]
    [InlineData("/exchange")]
    [InlineData("/exchange/partners")]
    public async Task Only_admins_open_the_exchange_pages(string path)
    {
        using var session = new BrowserlessSession(fixture.App);
        var name = "page-steward-" + Guid.NewGuid().ToString("N")[..6];
        await session.SignInAsync(name, await fixture.App.AddUserAsync(name, Roles.DataSteward));

        var refused = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(BrowserlessSession session, string url) => await (await session.GetAsync(url)).Content.ReadAsStringAsync();

    [GeneratedRegex("tdk_[A-Za-z0-9]{8}_[A-Za-z0-9]{32}")]
    private static partial Regex KeyShown();
}
