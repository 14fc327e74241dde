using TheoDoi.Accounts;
using TheoDoi.Data;
using TheoDoi.Reporting;

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
        return services.BuildServiceProvider();
    }
}
