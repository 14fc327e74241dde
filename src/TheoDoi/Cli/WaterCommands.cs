using System.CommandLine;
using Spectre.Console;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.Seed;
using TheoDoi.Water;

namespace TheoDoi.Cli;

/// <summary><c>theodoi import observations FILE</c> and <c>theodoi wqi FILE</c>.</summary>
public static class WaterCommands
{
    public static Command Import()
    {
        var import = new Command("import", "Import data files.");
        var file = new Argument<FileInfo>("FILE") { Description = "Observation file: canonical long CSV (station,time,parameter,value,unit,qualifier), wide CSV or XLSX (station,time,<parameter> …)." };
        var stations = new Option<FileInfo?>("--station-file") { Description = "CSV of stations to register or update first: " + string.Join(",", ImportStations.Columns) + "." };
        var qc = new Option<string>("--qc") { Description = "QC state of the imported values: raw (default) or validated.", DefaultValueFactory = _ => "raw" };
        var source = new Option<string?>("--source") { Description = "Where the data comes from (shown with the data); default the file name." };
        var observations = new Command("observations", "Import water observations, all or nothing, with a progress bar; then compute VN_WQI, QCVN 08 levels and alerts.") { file, stations, qc, source };
        observations.SetAction(async (parseResult, cancellationToken) =>
        {
            // The configured writers (the console by default), so the verb can also run in-process.
            var stderr = parseResult.InvocationConfiguration.Error;
            var output = parseResult.InvocationConfiguration.Output;
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                await stderr.WriteLineAsync($"error: no file {path.FullName}");
                return 1;
            }

            if (!Enum.TryParse<QcState>(parseResult.GetValue(qc), ignoreCase: true, out var state) || state == QcState.Rejected)
            {
                await stderr.WriteLineAsync("error: --qc must be raw or validated");
                return 1;
            }

            await using var session = await CliSession.OpenAsync(parseResult, cancellationToken);
            if (session is null)
            {
                return 2;
            }

            var db = session.Get<AppDbContext>();
            await BuiltInDataLoader.LoadAsync(db, cancellationToken);
            using var actor = AuditActor.As("cli:" + Environment.UserName);
            if (parseResult.GetValue(stations) is { } stationFile)
            {
                using var reader = stationFile.OpenText();
                var registered = await session.Get<ImportStations>().RunAsync(reader, cancellationToken);
                if (!registered.IsDone)
                {
                    foreach (var problem in registered.Problems)
                    {
                        await stderr.WriteLineAsync($"{stationFile.Name}: {problem.Located().En}");
                    }

                    await stderr.WriteLineAsync("Nothing was imported.");
                    return 1;
                }
            }

            Shared.UseCaseResult<WaterImportRun.Imported> result = null!;
            var run = session.Get<WaterImportRun>();
            var interactive = !Console.IsOutputRedirected;
            await AnsiConsole.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(path.Name, maxValue: Math.Max(1, path.Length));
                    var progress = new Progress<ImportObservations.Progress>(p => { task.Value = p.BytesRead; task.Description = $"{path.Name}: {p.Rows:N0} values"; });
                    await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                    result = await run.RunAsync(stream, new ImportObservations.Request(path.FullName, state, parseResult.GetValue(source)), progress, cancellationToken);
                    task.Value = task.MaxValue;
                    if (!interactive)
                    {
                        context.Refresh();
                    }
                });

            if (!result.IsDone)
            {
                foreach (var problem in result.Problems)
                {
                    await stderr.WriteLineAsync($"{path.Name}: {problem.Located().En}");
                }

                if (result.ProblemCount > result.Problems.Count)
                {
                    await stderr.WriteLineAsync($"… and {result.ProblemCount - result.Problems.Count} more");
                }

                await stderr.WriteLineAsync($"{result.ProblemCount} error(s); nothing was written.");
                return 1;
            }

            var (s, computed) = (result.Done().Stored, result.Done().Computed);
            output.WriteLine($"Imported {path.Name} ({s.Layout}) as batch {s.BatchId}: {s.Rows:N0} values, {s.Inserted:N0} new, {s.Updated:N0} changed (audited), {s.Unchanged:N0} unchanged, in {s.Elapsed.TotalSeconds:N1} s ({s.Rows / Math.Max(0.001, s.Elapsed.TotalSeconds):N0} values/s).");
            output.WriteLine($"Computed {computed.Samples:N0} indices; {computed.Alerts:N0} exceedance alerts ({computed.NewAlerts:N0} new, notified to data stewards).");

            return 0;
        });
        import.Subcommands.Add(observations);
        return import;
    }

    public static Command Wqi()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Canonical observation CSV (station,time,parameter,value,unit,qualifier); '-' reads standard input." };
        var weighted = new Option<bool>("--weighted") { Description = "Formula 5 (groups IV and V weighted 2:1) for samples with group V." };
        var format = new Option<string>("--format") { Description = "csv (default) or json.", DefaultValueFactory = _ => "csv" };
        var command = new Command("wqi", "Compute VN_WQI (Decision 1460/QĐ-TCMT) for each sample of a file, without any database: one line per station and time with wqi,band,formula,parameters,note.") { file, weighted, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            var json = parseResult.GetValue(format)?.ToLowerInvariant() switch
            {
                "json" => true,
                "csv" => false,
                _ => (bool?)null,
            };
            if (json is null)
            {
                await Console.Error.WriteLineAsync("error: --format must be csv or json");
                return 1;
            }

            if (path.Name != "-" && !path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: no file {path.FullName}");
                return 1;
            }

            using var reader = path.Name == "-" ? Console.In : new StreamReader(path.FullName, System.Text.Encoding.UTF8, true, 1 << 16);
            var options = new WqiOptions(Weighted: parseResult.GetValue(weighted));
            var errors = 0;
            var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
            var outcomes = WqiBatch.Run(reader, error =>
            {
                errors++;
                Console.Error.WriteLine($"{path.Name}: {error}");
            }, _ => options);
            if (json.Value)
            {
                WqiReport.WriteJson(outcomes, output);
            }
            else
            {
                WqiReport.WriteCsv(outcomes, output);
            }

            await output.FlushAsync(cancellationToken);
            return errors == 0 ? 0 : 1;
        });
        return command;
    }
}
