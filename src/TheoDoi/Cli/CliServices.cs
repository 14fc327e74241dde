using TheoDoi.Accounts;
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
        services.AddReporting();
        services.AddNotifications(new ConfigurationBuilder().AddEnvironmentVariables("THEODOI_").Build());
        services.AddWater();
        return services.BuildServiceProvider();
    }
}
