using TheoDoi.Accounts;
using TheoDoi.Backup;
using TheoDoi.Data;
using TheoDoi.Notifications;
using TheoDoi.Reporting;
using TheoDoi.Water;

namespace TheoDoi.Cli;

/// <summary>The services a command-line verb needs, without the web server.</summary>
public static class CliServices
{
    public static ServiceProvider Build(DataOptions data)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddData(data);
        services.AddDataProtection();
        services.AddAccountStore();
        services.AddBackup();
        services.AddReporting();
        services.AddNotifications(new ConfigurationBuilder().AddEnvironmentVariables("THEODOI_").Build());
        services.AddWater();
        return services.BuildServiceProvider();
    }
}

/// <summary>
/// A verb's services on a database whose schema is ready (SQLite migrated on the spot; PostgreSQL
/// must be migrated already). Opening prints why not and answers null, and the verb exits with 2.
/// </summary>
public sealed class CliSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private CliSession(DataOptions data, ServiceProvider services)
    {
        Data = data;
        _services = services;
        _scope = services.CreateAsyncScope();
    }

    public DataOptions Data { get; }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public static async Task<CliSession?> OpenAsync(System.CommandLine.ParseResult parseResult, CancellationToken cancellationToken)
    {
        var data = CommonOptions.Resolve(parseResult);
        var session = new CliSession(data, CliServices.Build(data));
        if (await Seed.DatabasePreparation.EnsureSchemaAsync(session._scope.ServiceProvider, cancellationToken) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            await session.DisposeAsync();
            return null;
        }

        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
