using TheoDoi.Seed;

namespace TheoDoi.Tests.Data;

public sealed class BuiltInDataTests
{
    private static Task<(int Units, int Links, int Items, int Indicators, int Targets, int Audit)> CountAsync(TestApp app) =>
        app.WithDbAsync(async db => (
            await db.Units.CountAsync(), await db.UnitSuccessions.CountAsync(), await db.PlanItems.CountAsync(),
            await db.Indicators.CountAsync(), await db.IndicatorTargets.CountAsync(), await db.AuditEntries.CountAsync()));

    [Fact]
    public async Task Loading_the_built_in_data_again_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        var first = await CountAsync(app);

        await app.WithDbAsync(async db => { await BuiltInDataLoader.LoadAsync(db); return 0; });
        await app.WithDbAsync(async db => { await BuiltInDataLoader.LoadAsync(db); return 0; });

        Assert.Equal(first, await CountAsync(app));
        Assert.True(first.Units >= 50 && first.Items >= 25 && first.Indicators == 3, $"unexpected counts {first}");
    }

    [Fact]
    public async Task An_edit_made_in_TheoDoi_survives_the_next_start()
    {
        await using var app = await TestApp.StartAsync();
        await app.WithDbAsync(async db =>
        {
            var task = await db.PlanItems.SingleAsync(i => i.Code == "3.1");
            task.Title = "Tiêu đề đã sửa";
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db => { await BuiltInDataLoader.LoadAsync(db); return 0; });

        Assert.Equal("Tiêu đề đã sửa", await app.WithDbAsync(db => db.PlanItems.Where(i => i.Code == "3.1").Select(i => i.Title).SingleAsync()));
    }

    [Fact]
    public async Task Every_built_in_row_is_audited_as_loaded_by_the_system()
    {
        await using var app = await TestApp.StartAsync();

        var (units, audited) = await app.WithDbAsync(async db => (
            await db.Units.CountAsync(),
            await db.AuditEntries.CountAsync(a => a.Entity == "Unit" && a.Actor == BuiltInDataLoader.Actor)));

        Assert.Equal(units, audited);
    }

    [Fact]
    public async Task A_water_catalogue_left_half_loaded_by_a_killed_start_is_completed_by_the_next_one()
    {
        await using var app = await TestApp.StartAsync();
        var stations = await app.WithDbAsync(db => db.WaterStations.Where(s => s.Code.StartsWith("SG-")).Select(s => s.Code).OrderBy(c => c).ToListAsync());
        // What a process killed after the basin and before the stations left behind.
        await app.WithDbAsync(async db =>
        {
            await db.WaterStationUnits.Where(u => db.WaterStations.Any(s => s.Id == u.StationId && s.Code.StartsWith("SG-"))).ExecuteDeleteAsync();
            return await db.WaterStations.Where(s => s.Code.StartsWith("SG-")).ExecuteDeleteAsync();
        });

        await app.WithDbAsync(async db => { await TheoDoi.Water.WaterSeed.LoadAsync(db); return 0; });
        await app.WithDbAsync(async db => { await TheoDoi.Water.WaterSeed.LoadAsync(db); return 0; });

        Assert.Contains("SG-01", stations);
        Assert.Equal(stations, await app.WithDbAsync(db => db.WaterStations.Where(s => s.Code.StartsWith("SG-")).Select(s => s.Code).OrderBy(c => c).ToListAsync()));
        Assert.Equal(2 * stations.Count, await app.WithDbAsync(db => db.WaterStationUnits.CountAsync(u => db.WaterStations.Any(s => s.Id == u.StationId && s.Code.StartsWith("SG-")))));
    }
}
