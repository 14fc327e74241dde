/// <summary>A fresh database for one run, SQLite or PostgreSQL, with the bench stations.</summary>
internal static partial class Bench
{
    private static ServiceProvider Services(DataOptions data)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddData(data);
        services.AddDataProtection();
        services.AddAccountStore();
        services.AddNotifications(new ConfigurationBuilder().Build());
        services.AddWater();
        return services.BuildServiceProvider();
    }

    private static DataOptions Options(string work, string db) =>
        DataOptions.Resolve(work, db.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? db : db);

    /// <summary>A fresh database with the schema, the catalogue and the benchmark's stations.</summary>
    private static async Task<DataOptions> PrepareAsync(string work, string name, string? pg)
    {
        string db;
        if (pg is null)
        {
            db = Path.Combine(work, name + ".db");
            foreach (var file in Directory.GetFiles(work, name + ".db*"))
            {
                File.Delete(file);
            }
        }
        else
        {
            await using (var admin = new NpgsqlConnection(pg))
            {
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE); CREATE DATABASE {name}", admin);
                await drop.ExecuteNonQueryAsync();
            }

            db = new NpgsqlConnectionStringBuilder(pg) { Database = name }.ToString();
        }

        var data = Options(work, db);
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().MigrateAsync();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await TheoDoi.Seed.BuiltInDataLoader.LoadAsync(context);
        await WaterSeed.LoadAsync(context);
        var basin = await context.WaterBasins.FirstAsync(b => b.ParentId != null);
        using var actor = AuditActor.As("bench");
        for (var i = 0; i < Stations; i++)
        {
            context.WaterStations.Add(new WaterStation { Code = StationCode(i), Name = "Benchmark " + (i + 1), Kind = StationKind.Automatic, BasinId = basin.Id });
        }

        await context.SaveChangesAsync();
        return data;
    }
}
