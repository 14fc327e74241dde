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
        user.Subcommands.Add(SetRole());
        user.Subcommands.Add(SetUnit());
        user.Subcommands.Add(ResetPassword());
        user.Subcommands.Add(Change("disable", "Disable (lock) an account until `user enable`; its tokens and sessions end now.", (admin, name) => admin.DisableAsync(name), "Disabled"));
        user.Subcommands.Add(Change("enable", "Enable a disabled account again.", (admin, name) => admin.EnableAsync(name), "Enabled"));
        user.Subcommands.Add(Change("delete", "Delete an account; its tokens and sessions end now (its audit trail stays).", (admin, name) => admin.DeleteAsync(name), "Deleted"));
        return user;
    }

    private static Option<string> UsernameOption() =>
        new("--username") { Description = "Login name of the account to change.", Required = true };

    private static Command SetRole()
    {
        var username = UsernameOption();
        var role = new Option<string>("--role") { Description = "One of: " + string.Join(", ", Roles.All) + ".", Required = true };
        var command = new Command("set-role", "Give an account another role; its tokens and sessions end now.") { username, role };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, cancellationToken,
            admin => admin.SetRoleAsync(parseResult.GetValue(username)!, parseResult.GetValue(role)!, cancellationToken),
            $"Role of {parseResult.GetValue(username)} is now {parseResult.GetValue(role)}."));
        return command;
    }

    private static Command SetUnit()
    {
        var username = UsernameOption();
        var unit = new Option<string?>("--unit") { Description = "Unit code, e.g. CMT or 79; leave out to unbind (not allowed for reporters)." };
        var command = new Command("set-unit", "Bind an account to another unit; its tokens and sessions end now.") { username, unit };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, cancellationToken,
            admin => admin.SetUnitAsync(parseResult.GetValue(username)!, parseResult.GetValue(unit), cancellationToken),
            $"Unit of {parseResult.GetValue(username)} is now {parseResult.GetValue(unit) ?? "(none)"}."));
        return command;
    }

    private static Command ResetPassword()
    {
        var username = UsernameOption();
        var command = new Command("reset-password", "Set a new random password and print it once; the old one, tokens and sessions stop working.") { username };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string? password = null;
            var code = await RunAsync(parseResult, cancellationToken, async admin =>
            {
                var reset = await admin.ResetPasswordAsync(parseResult.GetValue(username)!);
                password = reset.IsDone ? reset.Done() : null;
                return reset.Status;
            }, null);
            if (code == 0)
            {
                Console.WriteLine($"New password for {parseResult.GetValue(username)} (shown once): {password}");
            }

            return code;
        });
        return command;
    }

    private static Command Change(string verb, string description, Func<UserAdministration, string, Task<Shared.UseCaseResult>> change, string done)
    {
        var username = UsernameOption();
        var command = new Command(verb, description) { username };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, cancellationToken,
            admin => change(admin, parseResult.GetValue(username)!), $"{done} {parseResult.GetValue(username)}."));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken, Func<UserAdministration, Task<Shared.UseCaseResult>> work, string? done)
    {
        await using var session = await CliSession.OpenAsync(parseResult, cancellationToken);
        if (session is null)
        {
            return 2;
        }

        await BuiltInDataLoader.LoadAsync(session.Get<AppDbContext>(), cancellationToken);
        using var actor = AuditActor.As("cli:" + Environment.UserName);
        var result = await work(session.Get<UserAdministration>());
        if (result.Outcome != Shared.Outcome.Done)
        {
            foreach (var message in result.Messages)
            {
                await Console.Error.WriteLineAsync("error: " + message.En);
            }

            return 1;
        }

        if (done is not null)
        {
            Console.WriteLine(done);
        }

        return 0;
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
            var created = await session.Get<CreateUser>().RunAsync(
                new CreateUser.Request(parseResult.GetValue(username)!, parseResult.GetValue(role)!, parseResult.GetValue(unit), password, Email: parseResult.GetValue(email)),
                cancellationToken);
            if (!created.IsDone)
            {
                foreach (var error in created.Messages)
                {
                    await Console.Error.WriteLineAsync("error: " + error.En);
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
        var command = new Command("list", "List accounts with their role, unit and state.");
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
                var state = UserAdministration.IsDisabled(account, session.Get<TimeProvider>().GetUtcNow()) ? "disabled" : "active";
                Console.WriteLine($"{account.UserName,-24} {string.Join(",", roles),-12} {account.UnitCode,-8} {state}");
            }

            return 0;
        });
        return command;
    }
}
