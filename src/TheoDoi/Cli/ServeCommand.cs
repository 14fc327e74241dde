using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TheoDoi.Shared;
using TheoDoi.Web;

namespace TheoDoi.Cli;

public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';'.",
            DefaultValueFactory = _ => "http://localhost:5080",
        };
        var demo = new Option<bool>("--demo")
        {
            Description = "Create one demo account per role (passwords printed at start) and load demo data, labelled \"Dữ liệu minh họa\".",
        };
        var command = new Command("serve", "Run the web application (pages and API). SQLite is created and migrated automatically.") { urls, demo };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new WebSettings(CommonOptions.Resolve(parseResult), parseResult.GetValue(urls), parseResult.GetValue(demo));
            await using var app = WebApp.Create(settings);
            Console.WriteLine($"TheoDoi: database {settings.Data.Describe()}");
            if (await Seed.DatabasePreparation.PrepareAsync(app.Services, settings.Demo, Console.Out, cancellationToken) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }

            app.Lifetime.ApplicationStarted.Register(() =>
            {
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                foreach (var address in addresses)
                {
                    Console.WriteLine($"TheoDoi đang chạy — mở {address} trong trình duyệt (open {address} in a browser). Ctrl+C để dừng.");
                }
            });
            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
