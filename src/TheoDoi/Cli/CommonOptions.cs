using System.CommandLine;
using TheoDoi.Data;

namespace TheoDoi.Cli;

/// <summary>Options every verb takes: where the data lives and which database to use.</summary>
public static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data directory: SQLite file, uploads, reports, keys (default ./data).",
        Recursive = true,
    };

    public static readonly Option<string?> Db = new("--db")
    {
        Description = "Database: a PostgreSQL connection string (Host=…) or a SQLite file; default THEODOI_DB, else ./data/theodoi.db.",
        Recursive = true,
    };

    public static DataOptions Resolve(ParseResult parseResult) =>
        DataOptions.Resolve(parseResult.GetValue(Data), parseResult.GetValue(Db));
}
