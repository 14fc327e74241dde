using TheoDoi.Cli;
using TheoDoi.Data;

namespace TheoDoi.Tests.Cli;

/// <summary>`theodoi migrate` loads all built-in data, the water catalogue included (it used to skip it).</summary>
public sealed class MigrateCommandTests
{
    private static async Task<(int Basins, int Bodies, int Stations, int StationUnits, int Parameters, int Units, int Indicators, int Audit)> CountAsync(DataOptions data)
    {
        await using var services = CliServices.Build(data);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.WaterBasins.CountAsync(), await db.WaterBodies.CountAsync(), await db.WaterStations.CountAsync(),
            await db.WaterStationUnits.CountAsync(), await db.WaterParameters.CountAsync(), await db.Units.CountAsync(),
            await db.Indicators.CountAsync(), await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Migrate_on_a_fresh_database_loads_the_water_catalogue_and_a_second_run_changes_nothing()
    {
        var directory = Directory.CreateTempSubdirectory("theodoi-cli-").FullName;
        var data = await TestDatabase.CreateAsync(directory);
        try
        {
            string[] where = data.Provider == DatabaseProvider.Postgres
                ? ["--data", directory, "--db", data.ConnectionString]
                : ["--data", directory];

            var first = await Infrastructure.Cli.RunAsync(null, ["migrate", .. where]);
            Assert.True(first.ExitCode == 0, first.Error);
            var loaded = await CountAsync(data);
            var second = await Infrastructure.Cli.RunAsync(null, ["migrate", .. where]);

            Assert.True(second.ExitCode == 0, second.Error);
            Assert.True(loaded.Basins >= 4 && loaded.Bodies >= 8 && loaded.Stations >= 7 && loaded.Parameters > 0, $"water catalogue missing after migrate: {loaded}");
            Assert.Equal(2 * loaded.Stations, loaded.StationUnits);
            Assert.True(loaded.Units >= 50 && loaded.Indicators == 3, $"unexpected counts {loaded}");
            Assert.Equal(loaded, await CountAsync(data));
            await using var services = CliServices.Build(data);
            await using var scope = services.CreateAsyncScope();
            Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().WaterStations.AnyAsync(s => s.Code == "SG-01"));
        }
        finally
        {
            await TestDatabase.DropAsync(data);
        }
    }
}
