using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TheoDoi.Data;

namespace TheoDoi.Tests.Data;

/// <summary>
/// SQLite writers wait for each other inside SQLite's busy handler (fine-grained retries), not in
/// Microsoft.Data.Sqlite's 150 ms sleeps, which made concurrent saves slow (docs/benchmarks.md,
/// mixed load). Independent of the provider under test: this is the SQLite set-up itself.
/// </summary>
public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task Every_SQLite_connection_of_the_app_waits_for_the_write_lock_inside_SQLite()
    {
        var directory = Directory.CreateTempSubdirectory("theodoi-busy-").FullName;
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddData(DataOptions.Resolve(directory, null)).BuildServiceProvider();
        await using (services)
        {
            for (var i = 0; i < 2; i++) // a fresh connection, then the same one again from the pool
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var timeout = await db.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync();
                Assert.Equal(30_000, timeout);
            }
        }

        Directory.Delete(directory, recursive: true);
    }
}
