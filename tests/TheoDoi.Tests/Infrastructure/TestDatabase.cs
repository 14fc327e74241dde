using Npgsql;
using TheoDoi.Data;

namespace TheoDoi.Tests.Infrastructure;

/// <summary>
/// The database the tests run on: SQLite (default) or PostgreSQL when THEODOI_TEST_PROVIDER=postgres,
/// using the server at THEODOI_TEST_PG. The test command runs the whole suite once per provider.
/// Every test app gets its own fresh database.
/// </summary>
public static class TestDatabase
{
    public static DatabaseProvider Provider =>
        Environment.GetEnvironmentVariable("THEODOI_TEST_PROVIDER")?.Equals("postgres", StringComparison.OrdinalIgnoreCase) == true
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    private static string PostgresServer =>
        Environment.GetEnvironmentVariable("THEODOI_TEST_PG")
        ?? throw new InvalidOperationException("THEODOI_TEST_PROVIDER=postgres needs THEODOI_TEST_PG (a connection string to a server where databases may be created).");

    public static async Task<DataOptions> CreateAsync(string dataDirectory)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return DataOptions.Resolve(dataDirectory, null);
        }

        var name = "theodoi_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(PostgresServer))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return DataOptions.Resolve(dataDirectory, builder.ToString());
    }

    public static async Task DropAsync(DataOptions options)
    {
        if (options.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(options.ConnectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
