using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Exchange;
using TheoDoi.Shared;
using TheoDoi.Tests.Water;
using TheoDoi.Water;

namespace TheoDoi.Tests.Exchange;

/// <summary>
/// The changes feed (issue 10, item 4: "when a value already shared is corrected or rejected, the
/// change is kept as a version and offered to partners as a changes-since feed … so a partner can
/// stay in sync without re-downloading"; "a key reaches only its agreement's data"). The fixture's
/// validated values of 10/03/2026 are corrected through the import and rejected through the
/// validation, as a steward does; each test reads the feed from where it stood before its change.
/// </summary>
public sealed class ExchangeChangesTests(ExchangeFixture fixture) : IClassFixture<ExchangeFixture>
{
    private const string Feed = "/api/v1/exchange/changes";

    [Fact]
    public async Task A_correction_reaches_the_key_of_its_station_with_old_and_new_value_and_is_logged()
    {
        var (_, key) = await fixture.PartnerAsync("Changes SG-01");
        var client = fixture.Partner(key.Key);
        var since = await EndAsync(client);

        await StationFixtures.ImportAsync(fixture.App, WaterImportTests.Header +
            "SG-01,2026-03-10T09:00:00+07:00,DO,6.4,mg/L,\nSG-02,2026-03-10T09:00:00+07:00,DO,4.5,mg/L,\n", QcState.Raw);
        var page = await PageAsync(client, since);

        var change = Assert.Single(page.Changes); // SG-02's correction is not its agreement's
        Assert.Equal(("SG-01", "DO", "corrected"), (change.Station, change.Parameter, change.Kind));
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(7)), change.Time);
        Assert.Equal((6.1, "validated"), (change.Old.Value, change.Old.QcState));
        Assert.Equal((6.4, "raw"), (change.New.Value, change.New.QcState));
        Assert.NotNull(change.Batch);
        var observation = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>($"/sta/v1.1/Datastreams({change.DatastreamId})");
        Assert.Equal(change.DatastreamId, observation.GetProperty("@iot.id").GetInt64());
        Assert.Equal(change.DatastreamId * 10_000_000_000 + change.Time.ToUnixTimeSeconds(), change.ObservationId);
        var logged = await fixture.App.WithDbAsync(db => db.ExchangeRequests.Where(r => r.KeyId == key.Id && r.Path.StartsWith(Feed)).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(200, logged[^1].Status);
        Assert.Equal(1, logged[^1].Values);
        Assert.Equal(64, logged[^1].Sha256!.Length);
    }

    [Fact]
    public async Task A_rejection_shows_with_its_reason_and_not_to_a_key_of_another_data_group()
    {
        var (_, key) = await fixture.PartnerAsync("Changes reject");
        var (_, wells) = await fixture.PartnerAsync("Changes wells", groups: "groundwater", stations: "SG-01," + StationFixtures.Well);
        var client = fixture.Partner(key.Key);
        var wellClient = fixture.Partner(wells.Key);
        var (since, wellSince) = (await EndAsync(client), await EndAsync(wellClient));

        var rejected = await fixture.App.WithAsync<ValidateObservations, UseCaseResult<int>>(validate => validate.RunAsync("SG-01",
            new ValidateObservations.Request(new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 10), QcState.Rejected, "pH", "Đầu đo pH hỏng")));
        var page = await PageAsync(client, since);

        Assert.Equal(1, rejected.Done());
        var change = Assert.Single(page.Changes);
        Assert.Equal(("pH", "rejected", "Đầu đo pH hỏng"), (change.Parameter, change.Kind, change.Reason));
        Assert.Equal(("validated", "rejected", 7.1, 7.1), (change.Old.QcState, change.New.QcState, change.Old.Value, change.New.Value));
        Assert.Null(change.Batch);
        Assert.Empty((await PageAsync(wellClient, wellSince)).Changes);
    }

    [Fact]
    public async Task Paging_with_the_cursor_gives_every_change_once_and_an_empty_page_keeps_the_place()
    {
        var (_, key) = await fixture.PartnerAsync("Changes paging", stations: "SG-02");
        var client = fixture.Partner(key.Key);
        var since = await EndAsync(client);
        await StationFixtures.ImportAsync(fixture.App, WaterImportTests.Header +
            "SG-02,2026-03-10T09:00:00+07:00,DO,4.2,mg/L,\nSG-02,2026-03-10T09:00:00+07:00,pH,7.0,,\n", QcState.Validated);
        await StationFixtures.ImportAsync(fixture.App, WaterImportTests.Header + "SG-02,2026-03-10T09:00:00+07:00,DO,4.3,mg/L,\n", QcState.Validated);

        var seen = new List<ReadChanges.ChangeDto>();
        var cursor = since;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await PageAsync(client, cursor, limit: 2);
            seen.AddRange(page.Changes);
            cursor = page.Next;
            if (page.Changes.Count == 0)
            {
                break;
            }
        }

        var empty = await PageAsync(client, cursor);
        Assert.Equal(3, seen.Count);
        Assert.Equal(["DO 4.2", "pH 7"], seen.Take(2).Select(c => $"{c.Parameter} {c.New.Value}").Order(StringComparer.Ordinal));
        Assert.Equal("DO 4.3", $"{seen[2].Parameter} {seen[2].New.Value}"); // the later import comes after
        Assert.Empty(empty.Changes);
        Assert.Equal(cursor, empty.Next);
    }

    [Fact]
    public async Task Raw_changes_reach_only_keys_whose_agreement_includes_raw_data()
    {
        var (_, plain) = await fixture.PartnerAsync("Changes validated only", groups: "level-discharge", stations: StationFixtures.River);
        var raw = await RawPartnerAsync("Changes raw");
        var (plainClient, rawClient) = (fixture.Partner(plain.Key), fixture.Partner(raw.Key));
        var (plainSince, rawSince) = (await EndAsync(plainClient), await EndAsync(rawClient));

        // The fixture's raw discharge of 01/01/2025, corrected while still raw.
        await StationFixtures.ImportAsync(fixture.App, WaterImportTests.Header + $"{StationFixtures.River},2025-01-01T08:00:00+07:00,Q,9100,m³/s,\n", QcState.Raw);

        Assert.Empty((await PageAsync(plainClient, plainSince)).Changes);
        var change = Assert.Single((await PageAsync(rawClient, rawSince)).Changes);
        Assert.Equal((9000.0, 9100.0, "raw"), (change.Old.Value, change.New.Value, change.New.QcState));
    }

    [Theory]
    [InlineData("since=nonsense", "since")]
    [InlineData("since=AAAA", "since")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5001", "limit")]
    [InlineData("limit=ten", "limit")]
    public async Task A_bad_cursor_or_limit_is_a_400_saying_which(string query, string named)
    {
        var (_, key) = await fixture.PartnerAsync("Changes bad " + query);

        var answer = await fixture.Partner(key.Key).GetAsync($"{Feed}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(named, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_callers_and_signed_in_non_admins_are_refused_and_admins_read_every_change()
    {
        var steward = await fixture.App.ClientAsAsync(Roles.DataSteward, username: "steward-changes");

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.App.CreateClient().GetAsync(Feed)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.GetAsync(Feed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Admin.GetAsync(Feed)).StatusCode);
    }

    private Task<ManagePartners.IssuedKey> RawPartnerAsync(string name) => RawPartnerAsync(fixture, name);

    /// <summary>A partner whose agreement shares the river station's level and discharge, raw data included.</summary>
    internal static async Task<ManagePartners.IssuedKey> RawPartnerAsync(ExchangeFixture fixture, string name)
    {
        var saved = await fixture.Admin.PostAsJsonAsync("/api/v1/exchange/partners", ExchangeFixture.Request(name, "level-discharge", StationFixtures.River) with { IncludesRaw = true });
        var ids = (await saved.Content.ReadFromJsonAsync<ManagePartners.Saved>(Json.Options))!;
        var issued = await fixture.Admin.PostAsync($"/api/v1/exchange/agreements/{ids.AgreementId}/keys", null);
        return (await issued.Content.ReadFromJsonAsync<ManagePartners.IssuedKey>(Json.Options))!;
    }

    /// <summary>The cursor after every change so far: read pages until one is empty.</summary>
    private static async Task<string> EndAsync(HttpClient client)
    {
        string? cursor = null;
        while (true)
        {
            var page = await PageAsync(client, cursor, limit: 5000);
            cursor = page.Next;
            if (page.Changes.Count == 0)
            {
                return cursor;
            }
        }
    }

    private static async Task<ReadChanges.Page> PageAsync(HttpClient client, string? since, int limit = 500)
    {
        var answer = await client.GetAsync($"{Feed}?limit={limit}" + (since is null ? "" : $"&since={since}"));
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync() + answer.Headers.ToString());
        return (await answer.Content.ReadFromJsonAsync<ReadChanges.Page>(Json.Options))!;
    }
}
