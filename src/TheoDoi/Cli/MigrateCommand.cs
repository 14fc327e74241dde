using System.CommandLine;
using TheoDoi.Data;
using TheoDoi.Seed;

namespace TheoDoi.Cli;

public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or update the database schema (SQLite or PostgreSQL) and load the built-in data (units, plan, indicators, water catalogue).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var data = CommonOptions.Resolve(parseResult);
            await using var services = CliServices.Build(data);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().MigrateAsync(cancellationToken);
            await BuiltInDataLoader.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
            Console.WriteLine($"Database {data.Describe()} is up to date.");
            return 0;
        });
        return command;
    }
}
