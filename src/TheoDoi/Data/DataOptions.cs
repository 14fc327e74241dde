using Microsoft.Data.Sqlite;

namespace TheoDoi.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where TheoDoi keeps its data: the data directory (SQLite file, uploads, reports, keys) and the
/// database. Resolved once from <c>--data</c>, <c>--db</c> and <c>THEODOI_DB</c>.
/// </summary>
public sealed record DataOptions(string DataDirectory, DatabaseProvider Provider, string ConnectionString)
{
    public const string DatabaseEnvironmentVariable = "THEODOI_DB";
    public const string DefaultDataDirectory = "./data";

    public static DataOptions Resolve(string? dataDirectory, string? database)
    {
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? DefaultDataDirectory : dataDirectory);
        var db = string.IsNullOrWhiteSpace(database)
            ? Environment.GetEnvironmentVariable(DatabaseEnvironmentVariable)
            : database;

        if (string.IsNullOrWhiteSpace(db))
        {
            return Sqlite(directory, Path.Combine(directory, "theodoi.db"));
        }

        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new DataOptions(directory, DatabaseProvider.Postgres, db);
        }

        if (db.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new DataOptions(directory, DatabaseProvider.Sqlite, db);
        }

        // Anything else is taken as the path of a SQLite file.
        return Sqlite(directory, Path.GetFullPath(db));
    }

    private static DataOptions Sqlite(string directory, string file) =>
        new(directory, DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Pooling = true,
        }.ToString());

    /// <summary>A description safe to print: never includes a password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Postgres => "PostgreSQL " + RedactPassword(ConnectionString),
        _ => "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource,
    };

    private static string RedactPassword(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.Password))
        {
            builder.Password = "***";
        }

        return builder.ToString();
    }
}
