/// <summary>The import measured in a child process, so its peak memory is its own.</summary>
internal static partial class Bench
{
    public static async Task<int> ImportOnlyAsync(string file, string db)
    {
        var data = Options(Path.GetDirectoryName(Path.GetFullPath(file))!, db);
        await using var services = Services(data);
        await using var scope = services.CreateAsyncScope();
        using var actor = AuditActor.As("bench");
        var watch = Stopwatch.StartNew();
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var summary = await scope.ServiceProvider.GetRequiredService<ImportObservations>().RunAsync(stream, new ImportObservations.Request(file));
        watch.Stop();
        if (!summary.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join("; ", summary.Errors.Take(5)));
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.Inserted} {watch.Elapsed.TotalSeconds:F3} {PeakMiB()}"));
        return 0;
    }

    private static long PeakMiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return -1;
    }

    private static async Task<(long Values, double Seconds, long PeakMiB)> ChildImportAsync(string file, DataOptions data)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Bench).Assembly.Location);
        start.ArgumentList.Add("import-only");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(data.Provider == DatabaseProvider.Postgres ? data.ConnectionString : new SqliteConnectionStringBuilder(data.ConnectionString).DataSource);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("import failed: " + error + output);
        }

        var parts = output.Trim().Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }
}
