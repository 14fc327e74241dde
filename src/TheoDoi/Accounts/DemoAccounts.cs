using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Accounts;

/// <summary>
/// With --demo: one account per role, with random passwords kept in the data directory so they can
/// be printed at every start (with the demo partner's API key, <see cref="SaveSecretAsync"/>). There is never a default password.
/// </summary>
public sealed class DemoAccounts(CreateUser createUser, UserManager<AppUser> users, AppDbContext db, DataOptions data)
{
    public sealed record Account(string Username, string Role, string? Unit, string Password);

    /// <summary>Cục Môi trường (successor of the plan's pollution-control department) reports in the demo.</summary>
    private static readonly (string Username, string Role, string? Unit)[] s_accounts =
    [
        ("demo-coordinator", Roles.Coordinator, "VKHTC"),
        ("demo-reporter", Roles.Reporter, "CMT"),
        // A province (Thành phố Hồ Chí Minh) enters its indicator values: the indicator-entry path.
        ("demo-reporter-79", Roles.Reporter, "79"),
        ("demo-steward", Roles.DataSteward, null),
        ("demo-leader", Roles.Leader, null),
        ("demo-admin", Roles.Admin, null),
    ];

    private string PasswordFile => Path.Combine(data.DataDirectory, "demo-accounts.txt");

    public async Task<IReadOnlyList<Account>> EnsureAsync(CancellationToken cancellationToken = default)
    {
        var saved = ReadSaved();
        var result = new List<Account>();
        foreach (var (username, role, unit) in s_accounts)
        {
            var password = saved.GetValueOrDefault(username) ?? NewPassword();
            var user = await users.FindByNameAsync(username);
            if (user is null)
            {
                var created = await createUser.RunAsync(new CreateUser.Request(username, role, unit, password, "Tài khoản minh họa"), cancellationToken);
                if (!created.IsDone)
                {
                    throw new InvalidOperationException($"demo account {username}: {string.Join("; ", created.Messages.Select(m => m.En))}");
                }
            }
            else if (!await users.CheckPasswordAsync(user, password))
            {
                // The saved password file was lost or belongs to another database: set a new one.
                await users.RemovePasswordAsync(user);
                await users.AddPasswordAsync(user, password);
            }

            result.Add(new Account(username, role, unit, password));
        }

        // Other demo secrets (the demo partner's API key) stay in the file.
        var others = saved.Where(e => !s_accounts.Any(a => a.Username == e.Key)).Select(e => (e.Key, e.Value));
        await WriteAsync([.. result.Select(a => (a.Username, a.Password)), .. others], cancellationToken);

        if (!await db.SystemSettings.AnyAsync(s => s.Key == SystemSetting.DemoData, cancellationToken))
        {
            db.SystemSettings.Add(new SystemSetting { Key = SystemSetting.DemoData, Value = "true" });
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>A demo secret other than an account's password kept in the file (the demo partner's key), or null.</summary>
    public string? SavedSecret(string name) => ReadSaved().GetValueOrDefault(name);

    /// <summary>Keeps a demo secret in the file, next to the demo passwords, so it can be printed at every start.</summary>
    public Task SaveSecretAsync(string name, string secret, CancellationToken cancellationToken = default)
    {
        var saved = ReadSaved();
        saved[name] = secret;
        return WriteAsync([.. saved.Select(e => (e.Key, e.Value))], cancellationToken);
    }

    private async Task WriteAsync(IReadOnlyList<(string Name, string Secret)> lines, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(data.DataDirectory);
        await File.WriteAllLinesAsync(PasswordFile, lines.Select(l => $"{l.Name} {l.Secret}"), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private Dictionary<string, string> ReadSaved() =>
        File.Exists(PasswordFile)
            ? File.ReadAllLines(PasswordFile)
                .Select(line => line.Split(' ', 2))
                .Where(parts => parts.Length == 2)
                .ToDictionary(parts => parts[0], parts => parts[1])
            : [];

    private static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
}
