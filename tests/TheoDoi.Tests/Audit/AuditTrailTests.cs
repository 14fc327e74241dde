using System.Text.Json;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Units;

namespace TheoDoi.Tests.Audit;

/// <summary>Every insert, update and delete is recorded with who, when, key and old → new values.</summary>
public sealed class AuditTrailTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private Task<List<AuditEntry>> EntriesForAsync(string entity, string key) =>
        App.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == entity && a.EntityKey == key).OrderBy(a => a.Id).ToListAsync());

    private static JsonElement Change(AuditEntry entry, string property) =>
        JsonDocument.Parse(entry.Changes).RootElement.GetProperty(property);

    [Fact]
    public async Task Insert_update_and_delete_are_each_recorded_with_the_actor_and_values()
    {
        var id = await App.WithDbAsync(async db =>
        {
            using var _ = AuditActor.As("alice");
            var unit = db.Units.Add(new Unit { Code = "T1", Name = "Đơn vị thử", Kind = UnitKind.MinistryUnit, ValidFrom = new DateOnly(2024, 1, 1) }).Entity;
            await db.SaveChangesAsync();
            unit.Name = "Đơn vị thử nghiệm";
            await db.SaveChangesAsync();
            db.Units.Remove(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });

        var entries = await EntriesForAsync("Unit", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([AuditAction.Insert, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("alice", e.Actor));
        Assert.Equal(id, Change(entries[0], "Id").GetProperty("new").GetInt32());
        Assert.Equal("Đơn vị thử", Change(entries[1], "Name").GetProperty("old").GetString());
        Assert.Equal("Đơn vị thử nghiệm", Change(entries[1], "Name").GetProperty("new").GetString());
        Assert.False(JsonDocument.Parse(entries[1].Changes).RootElement.TryGetProperty("Code", out _), "unchanged values are not listed");
        Assert.Equal("Đơn vị thử nghiệm", Change(entries[2], "Name").GetProperty("old").GetString());
    }

    [Fact]
    public async Task A_failed_save_writes_neither_the_change_nor_an_audit_row()
    {
        var before = await App.WithDbAsync(db => db.AuditEntries.CountAsync());

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => App.WithDbAsync(async db =>
        {
            // Two units with the same code and start date break a unique index.
            db.Units.Add(new Unit { Code = "DUP", Name = "A", Kind = UnitKind.Province, ValidFrom = new DateOnly(2020, 1, 1) });
            db.Units.Add(new Unit { Code = "DUP", Name = "B", Kind = UnitKind.Province, ValidFrom = new DateOnly(2020, 1, 1) });
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(before, await App.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.False(await App.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "DUP")));
    }

    [Fact]
    public async Task Secrets_never_reach_the_audit_trail()
    {
        var password = await App.AddUserAsync("audit-secret", Roles.Leader);

        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "AppUser").ToListAsync());

        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.DoesNotContain("PasswordHash", e.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("SecurityStamp", e.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain(password, e.Changes, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Coordinators_read_the_trail_through_the_api_filtered_by_entity()
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);

        var entries = await client.GetFromJsonAsync<List<AuditEndpoints.AuditDto>>("/api/v1/audit?entity=PlanItem&limit=5", Json.Options);

        Assert.Equal(5, entries!.Count);
        Assert.All(entries, e => Assert.Equal("PlanItem", e.Entity));
        Assert.All(entries, e => Assert.Equal("system:built-in-data", e.Actor));
        Assert.True(entries.Zip(entries.Skip(1)).All(p => p.First.Id > p.Second.Id), "newest first");
    }

    [Theory]
    [InlineData(Roles.Reporter)]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.DataSteward)]
    public async Task Roles_other_than_coordinator_and_admin_cannot_read_the_trail(string role)
    {
        var client = await App.ClientAsAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
    }
}
