using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Seed;

namespace TheoDoi.Cli;

public static class UserCommands
{
    public static Command Create()
    {
        var user = new Command("user", "Manage accounts.");
        user.Subcommands.Add(Add());
        user.Subcommands.Add(List());
        return user;
    }

    private static Command Add()
    {
        var username = new Option<string>("--username") { Description = "Login name (lower case letters, digits, - . _ @).", Required = true };
        var role = new Option<string>("--role") { Description = "One of: " + string.Join(", ", Roles.All) + ".", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Unit code the account reports for (required for reporters), e.g. CMT or 79." };
        var email = new Option<string?>("--email") { Description = "E-mail address for reminders (used when SMTP is configured)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (it never appears on the command line)." };
        var command = new Command("add", "Create an account. Works on a fresh data directory.") { username, role, unit, email, passwordStdin };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!parseResult.GetValue(passwordStdin))
            {
                await Console.Error.WriteLineAsync("Give the password on standard input with --password-stdin, e.g. `echo … | theodoi user add … --password-stdin`.");
                return 1;
            }

            var password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
            await using var session = await CliSession.OpenAsync(parseResult, cancellationToken);
            if (session is null)
            {
                return 2;
            }

            await BuiltInDataLoader.LoadAsync(session.Get<AppDbContext>(), cancellationToken);
            using var actor = AuditActor.As("cli:" + Environment.UserName);
            var errors = await session.Get<CreateUser>().RunAsync(
                new CreateUser.Request(parseResult.GetValue(username)!, parseResult.GetValue(role)!, parseResult.GetValue(unit), password, Email: parseResult.GetValue(email)),
                cancellationToken);
            if (errors is not null)
            {
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync("error: " + error);
                }

                return 1;
            }

            Console.WriteLine($"Created user {parseResult.GetValue(username)} ({parseResult.GetValue(role)}).");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List accounts with their role and unit.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenAsync(parseResult, cancellationToken);
            if (session is null)
            {
                return 2;
            }

            var users = session.Get<UserManager<AppUser>>();
            foreach (var account in await users.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken))
            {
                var roles = await users.GetRolesAsync(account);
                Console.WriteLine($"{account.UserName,-24} {string.Join(",", roles),-12} {account.UnitCode}");
            }

            return 0;
        });
        return command;
    }
}
