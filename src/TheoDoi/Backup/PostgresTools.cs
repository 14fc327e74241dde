using System.Diagnostics;
using Npgsql;
using TheoDoi.Core.Texts;

namespace TheoDoi.Backup;

/// <summary>pg_dump and pg_restore, found on PATH or in /usr/lib/postgresql/*/bin (the newest), run with the connection's settings.</summary>
public static class PostgresTools
{
    public static string? Find(string tool)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.GetDirectories(Root)
            .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Path: Path.Combine(d, "bin", tool)))
            .Where(c => File.Exists(c.Path))
            .OrderByDescending(c => c.Version)
            .Select(c => c.Path)
            .FirstOrDefault();
    }

    public static Bilingual Missing(string tool) => new(
        $"Không tìm thấy {tool} (công cụ khách PostgreSQL) trong PATH hay /usr/lib/postgresql/*/bin; hãy cài gói postgresql-client cùng phiên bản với máy chủ.",
        $"{tool} (PostgreSQL client tools) was found neither on PATH nor in /usr/lib/postgresql/*/bin; install the postgresql-client package of the server's version.");

    /// <summary>Runs the tool with the connection's host, port, user, password and database in its environment; throws with its error output when it fails.</summary>
    public static async Task RunAsync(string tool, string connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var path = Find(tool) ?? throw new BackupException(Missing(tool));
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = builder.Host ?? "localhost";
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = builder.Database ?? "";
        if (builder.Username is { } user)
        {
            start.Environment["PGUSER"] = user;
        }

        if (builder.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new BackupException(Missing(tool));
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await output;
        if (process.ExitCode != 0)
        {
            var text = (await error).Trim();
            throw new BackupException(new Bilingual($"{tool} thất bại (mã {process.ExitCode}): {text}", $"{tool} failed (exit code {process.ExitCode}): {text}"));
        }
    }
}

/// <summary>A backup or restore that cannot go on; the command prints it and exits with 1.</summary>
public sealed class BackupException(Bilingual message) : Exception(message.En)
{
    public Bilingual Text { get; } = message;
}
