using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Tasks;
using TheoDoi.Water;

namespace TheoDoi.Seed;

/// <summary>
/// Prepares a database before use: the schema (SQLite migrated, PostgreSQL checked), then for a
/// server the built-in data and demo data. Every CLI verb opens its database through
/// <see cref="EnsureSchemaAsync"/>, so the command line needs nothing from the web app for it.
/// </summary>
public static class DatabasePreparation
{
    /// <param name="demo">Load the demo accounts and data (`theodoi serve --demo`).</param>
    /// <returns>Null when ready to serve; otherwise why not (the schema needs `theodoi migrate`).</returns>
    public static async Task<string?> PrepareAsync(IServiceProvider services, bool demo, TextWriter output, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var error = await EnsureSchemaAsync(scope.ServiceProvider, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await BuiltInDataLoader.LoadAsync(db, cancellationToken);
        await AssignmentSync.RunAsync(db, VietnamTime.Today(services.GetRequiredService<TimeProvider>()), cancellationToken);

        if (demo)
        {
            var accounts = await scope.ServiceProvider.GetRequiredService<DemoAccounts>().EnsureAsync(cancellationToken);
            await TaskDemoData.LoadAsync(db, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, cancellationToken);
            await Reporting.ReportingDemoData.LoadAsync(db, cancellationToken);
            await Indicators.IndicatorDemoData.LoadAsync(db, scope.ServiceProvider.GetRequiredService<Registries.ComputeIndicatorValues>(), cancellationToken);
            await WaterDemoData.LoadAsync(scope.ServiceProvider, cancellationToken);
            await WaterSecurityDemoData.LoadAsync(scope.ServiceProvider, cancellationToken);
            await BorderDemoData.LoadAsync(scope.ServiceProvider, cancellationToken);
            var partnerKey = await Exchange.ExchangeDemoData.LoadAsync(scope.ServiceProvider, cancellationToken);
            await output.WriteLineAsync("Dữ liệu minh họa (demo data) — demo accounts:");
            foreach (var account in accounts)
            {
                await output.WriteLineAsync($"  {account.Username,-18} {account.Password}  ({account.Role}{(account.Unit is null ? "" : ", unit " + account.Unit)})");
            }

            await output.WriteLineAsync($"  {Exchange.ExchangeDemoData.KeyName,-18} {partnerKey}  (API key of the demo partner: curl -H 'X-Api-Key: …' /sta/v1.1/Things)");
        }

        services.GetRequiredService<Installation>().HasDemoData =
            await db.SystemSettings.AnyAsync(s => s.Key == SystemSetting.DemoData, cancellationToken);
        return null;
    }

    /// <summary>The schema made ready (<see cref="DatabaseSchema.EnsureReadyAsync"/>), then derived water data repaired.</summary>
    public static async Task<string?> EnsureSchemaAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        if (await scoped.GetRequiredService<DatabaseSchema>().EnsureReadyAsync(cancellationToken) is { } problem)
        {
            return problem;
        }

        // Derived water data left behind by a process killed after its import committed.
        await RecomputeDerived.DrainAtStartAsync(scoped, Console.Error, cancellationToken);
        return null;
    }
}
