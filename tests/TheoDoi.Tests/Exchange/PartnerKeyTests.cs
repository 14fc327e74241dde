using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TheoDoi.Accounts;
using TheoDoi.Exchange;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// Issue 10, item 3: a key is shown once and only its SHA-256 is kept; it works through X-Api-Key or
/// Authorization: ApiKey; revoked, expired and unknown keys get 401 with a bilingual problem and are
/// logged; a key opens nothing of the signed-in API; every change is in the audit trail.
/// </summary>
public sealed class PartnerKeyTests(ExchangeFixture fixture) : IClassFixture<ExchangeFixture>
{
    private const string Observations = "/api/v1/public/water/stations/SG-01/observations";

    [Fact]
    public async Task A_key_is_shown_once_stored_as_its_hash_and_opens_its_agreement_by_either_header()
    {
        var (agreement, key) = await fixture.PartnerAsync("Lifecycle partner");

        Assert.StartsWith("tdk_" + key.Prefix + "_", key.Key, StringComparison.Ordinal);
        var row = await fixture.App.WithDbAsync(db => db.PartnerKeys.SingleAsync(k => k.Id == key.Id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Key))), row.SecretHash);
        Assert.Equal(agreement, row.AgreementId);
        var listed = await fixture.Admin.GetStringAsync("/api/v1/exchange/partners");
        Assert.Contains(key.Prefix, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Key, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(row.SecretHash, listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Partner(key.Key).GetAsync(Observations)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Partner(key.Key, authorizationHeader: true).GetAsync(Observations)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_gets_401_saying_so_and_the_refusal_is_logged()
    {
        var (_, key) = await fixture.PartnerAsync("Revoked partner");
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Admin.PostAsync($"/api/v1/exchange/keys/{key.Id}/revoke", null)).StatusCode);

        var response = await fixture.Partner(key.Key).GetAsync(Observations);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("đã bị thu hồi", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("was revoked", problem.GetProperty("en").GetString(), StringComparison.Ordinal);
        var logged = await fixture.App.WithDbAsync(db => db.ExchangeRequests.Where(r => r.KeyId == key.Id).ToListAsync());
        var refusal = Assert.Single(logged);
        Assert.Equal((401, key.Prefix, (long?)null), (refusal.Status, refusal.KeyPrefix, refusal.Values));
        Assert.Contains("revoked", refusal.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_expires_with_its_agreement()
    {
        var (agreement, key) = await fixture.PartnerAsync("Expiring partner");
        var partnerId = await fixture.App.WithDbAsync(db => db.Agreements.Where(a => a.Id == agreement).Select(a => a.PartnerId).SingleAsync());
        var changed = await fixture.Admin.PutAsJsonAsync($"/api/v1/exchange/partners/{partnerId}",
            ExchangeFixture.Request("Expiring partner", expiresOn: new DateOnly(2026, 6, 14), agreementId: agreement) with { SignedOn = new DateOnly(2025, 6, 1) });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var response = await fixture.Partner(key.Key).GetAsync(Observations);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("expired with its agreement on 2026-06-14", problem.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Admin.PostAsync($"/api/v1/exchange/agreements/{agreement}/keys", null)).StatusCode);
    }

    [Theory]
    [InlineData("tdk_abcdefgh_0123456789abcdefghijkmnpqrstuv")]
    [InlineData("not-a-key")]
    public async Task An_unknown_key_gets_401_and_is_logged(string key)
    {
        var response = await fixture.Partner(key).GetAsync("/api/v1/public/water/stations");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("không hợp lệ", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(await fixture.App.WithDbAsync(db => db.ExchangeRequests.AnyAsync(r => r.Status == 401 && r.KeyId == null && r.Path == "/api/v1/public/water/stations")));
    }

    [Theory]
    [InlineData("/api/v1/plans")]
    [InlineData("/api/v1/water/stations")]
    [InlineData("/api/v1/exchange/partners")]
    [InlineData("/api/v1/me")]
    [InlineData("/water")]
    [InlineData("/exchange")]
    public async Task A_key_opens_nothing_but_the_partner_reads(string path)
    {
        var (_, key) = await fixture.PartnerAsync("Nothing else " + path.Replace('/', '-'));

        var response = await fixture.Partner(key.Key).GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(await fixture.App.WithDbAsync(db => db.ExchangeRequests.AnyAsync(r => r.KeyId == key.Id && r.Status == 403 && r.Path == path)));
    }

    [Fact]
    public async Task Partners_agreements_and_keys_are_audited_without_the_key_or_its_hash()
    {
        var (agreement, key) = await fixture.PartnerAsync("Audited partner");
        await fixture.Admin.PostAsync($"/api/v1/exchange/keys/{key.Id}/revoke", null);

        var entries = await fixture.App.WithDbAsync(db => db.AuditEntries.Where(a => a.Actor == "admin-exchange" && (a.Entity == "Partner" || a.Entity == "Agreement" || a.Entity == "PartnerKey")).ToListAsync());

        Assert.Contains(entries, e => e.Entity == "Agreement" && e.EntityKey == agreement.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, entries.Count(e => e.Entity == "PartnerKey" && e.EntityKey == key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var hash = await fixture.App.WithDbAsync(db => db.PartnerKeys.Where(k => k.Id == key.Id).Select(k => k.SecretHash).SingleAsync());
        var everything = string.Join("\n", entries.Select(e => e.Changes));
        Assert.DoesNotContain(hash, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Key, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_manage_partners()
    {
        var steward = await fixture.App.ClientAsAsync(Roles.DataSteward);

        Assert.Equal(HttpStatusCode.Forbidden, (await steward.GetAsync("/api/v1/exchange/partners")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.PostAsJsonAsync("/api/v1/exchange/partners", ExchangeFixture.Request("Steward's partner"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.App.CreateClient().GetAsync("/api/v1/exchange/log")).StatusCode);
    }

    [Fact]
    public async Task A_bad_agreement_is_refused_with_every_reason()
    {
        var response = await fixture.Admin.PostAsJsonAsync("/api/v1/exchange/partners",
            ExchangeFixture.Request("", groups: "quality,licences", stations: "SG-01,XX-99") with { Country = "Cambodia", ExpiresOn = new DateOnly(2025, 1, 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(5, errors.Count); // name, country, dates, groups, station XX-99
        Assert.Contains(errors, e => e!.Contains("XX-99", StringComparison.Ordinal));
    }
}
