using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TheoDoi.Data;

/// <summary>
/// Lets a SQLite connection wait for the write lock inside SQLite itself: <c>PRAGMA busy_timeout</c>
/// installs SQLite's busy handler, which retries after 1, 2, 5, 10 … up to 100 ms. Without it,
/// Microsoft.Data.Sqlite retries a busy statement in managed code, sleeping 150 ms each time, so a
/// write that meets another write by a millisecond waits at least 150 ms — under the mixed load of
/// bench/load (docs/benchmarks.md) that was most of the writes' p95 and p99. The timeout is the
/// same 30 s the managed retry uses (the ADO.NET default command timeout).
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
