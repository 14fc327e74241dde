using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using TheoDoi.Data;

namespace TheoDoi.Tests.Hardening;

/// <summary>The CLI as a child process that can be killed, and the derived water tables as comparable text.</summary>
internal static class CrashSupport
{
    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(TheoDoi.Cli.CommandLine).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("THEODOI_DB");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    public static async Task<Infrastructure.Cli.Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Infrastructure.Cli.Result(process.ExitCode, await output, await error);
    }

    public static string[] Where(DataOptions data) => ["--data", data.DataDirectory, "--db", data.ConnectionString];

    public static async Task<DbConnection> OpenAsync(DataOptions data)
    {
        DbConnection connection = data.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(data.ConnectionString) { Pooling = false }.ToString())
            : new SqliteConnection(new SqliteConnectionStringBuilder(data.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<long> ScalarAsync(DataOptions data, string sql)
    {
        await using var connection = await OpenAsync(data);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Every derived water row by station code (ids and creation times differ between installations), one line each.</summary>
    public static async Task<string> DerivedAsync(DataOptions data)
    {
        await using var connection = await OpenAsync(data);
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT s.\"Code\", d.resolution, d.sampled_at, d.wqi, d.wqi_unrounded, d.formula, d.parameters, d.note, d.below_detection_limit, d.standard, d.level, d.deciding, d.qcvn_notes, d.validated, d.value_count " +
            "FROM water_samples d JOIN \"WaterStations\" s ON s.\"Id\" = d.station_id ORDER BY s.\"Code\", d.resolution, d.sampled_at",
            "SELECT s.\"Code\", a.sampled_at, a.kind, a.parameter, a.value, a.limit_value, a.standard, a.level, a.limit_unconfirmed, a.validated " +
            "FROM water_alerts a JOIN \"WaterStations\" s ON s.\"Id\" = a.station_id ORDER BY s.\"Code\", a.sampled_at, a.kind, a.parameter",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }

            text.Append("--\n");
        }

        return text.ToString();
    }

    /// <summary>An automatic station (5-minute values for <paramref name="days"/> days) and a periodic one, with exceedances.</summary>
    public static (string Stations, string Observations) Files(string directory, int days)
    {
        var stations = Path.Combine(directory, "stations.csv");
        File.WriteAllText(stations, "code,name,kind,latitude,longitude,water_body,province,target_level,weighted\nAUTO-1,Trạm tự động 1,automatic,10.8,106.7,SG,79,A,false\n");
        var observations = Path.Combine(directory, "obs.csv");
        using var writer = new StreamWriter(observations);
        writer.Write(Water.WaterImportTests.Header);
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(7));
        for (var i = 0; i < days * 288; i++)
        {
            var time = start.AddMinutes(5 * i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            writer.Write(Water.WaterImportTests.Sample("AUTO-1", time, doValue: 3m + (i % 7), bod: 4m + (i % 23)));
        }

        for (var d = 0; d < days; d++)
        {
            writer.Write(Water.WaterImportTests.Sample("SG-01", start.AddDays(d).AddHours(9).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), doValue: 2m + d % 5, bod: 10m + d));
        }

        return (stations, observations);
    }
}
