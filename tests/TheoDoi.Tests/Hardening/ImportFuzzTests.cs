using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;
using static TheoDoi.Tests.Hardening.MalformedFiles;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// Thousands of malformed files at every endpoint that takes a file, and some through the CLI:
/// never a 5xx and never an unhandled exception, every refusal a 4xx (exit code 1) with a message,
/// and after each refusal the row count of every table unchanged. The seed is printed and taken
/// from THEODOI_FUZZ_SEED; a failing file is written to artifacts/fuzz/ (copy it to
/// Hardening/Fixtures/ to keep it), and the files in Hardening/Fixtures/ are replayed every run.
/// </summary>
public sealed class ImportFuzzTests(ITestOutputHelper output)
{
    private const int Files = 2_008, CliFiles = 40, CliProcesses = 2;

    [Fact]
    public async Task Malformed_files_at_every_upload_are_refused_with_a_message_and_write_nothing()
    {
        var seed = Seed();
        await using var uploads = await FuzzUploads.StartAsync();
        var counts = await TableCounts.CreateAsync(uploads.App);
        // The files every mutation starts from are sound, so a mutation that leaves them sound is accepted.
        foreach (var valid in MalformedFiles.Sound())
        {
            var answer = await uploads.SendAsync(valid);
            Assert.True(answer.Accepted, $"{valid.Target} {valid.FileName}: HTTP {answer.Status} {answer.Message}");
        }

        var before = await counts.ReadAsync();
        var cases = Replayed().Concat(new MalformedFiles(seed).Generate(Files)).ToList();
        KeepSamples(cases);
        var failures = new List<string>();
        var accepted = 0;
        var clock = Stopwatch.StartNew();
        foreach (var (index, item) in cases.Index())
        {
            FuzzUploads.Answer? answer = null;
            string? failure;
            try
            {
                answer = await uploads.SendAsync(item);
                failure = answer.Status >= 500 ? $"HTTP {answer.Status}: {answer.Message}"
                    : answer.Accepted ? (item.MustRefuse ? $"accepted (HTTP {answer.Status})" : null)
                    : answer.Message is null ? $"HTTP {answer.Status} without a message" : null;
            }
#pragma warning disable CA1031 // the point of the test: any exception is a finding, kept with its file
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = "exception " + exception.GetType().Name + ": " + exception.Message;
            }

            var after = await counts.ReadAsync();
            if (failure is null && answer is { Accepted: false } && !after.SequenceEqual(before, StringComparer.Ordinal))
            {
                failure = $"refused (HTTP {answer.Status}) but rows changed: {TableCounts.Difference(before, after)}";
            }

            before = after;
            accepted += answer is { Accepted: true } ? 1 : 0;
            if (failure is not null)
            {
                failures.Add($"#{index} {item.Target} {item.Mutation}: {failure}");
                Keep(item, seed, index);
            }
        }

        output.WriteLine($"{cases.Count} files ({cases.Count(c => c.MustRefuse)} with a defect that must be refused, {accepted} accepted as still sound) over {counts.Tables} tables in {clock.Elapsed.TotalSeconds:0.0} s; {failures.Count} failure(s)");
        output.WriteLine(string.Join(", ", cases.GroupBy(c => c.Target).Select(g => $"{g.Key} {g.Count()}")));
        Assert.True(cases.Count >= 2_000);
        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} failure(s)\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public async Task Malformed_files_through_the_cli_exit_1_with_a_message_and_write_nothing()
    {
        var seed = Seed();
        await using var app = await TestApp.StartAsync();
        var counts = await TableCounts.CreateAsync(app);
        var before = await counts.ReadAsync();
        var directory = Directory.CreateTempSubdirectory("theodoi-fuzz-cli-").FullName;
        var cases = new MalformedFiles(seed).Generate(CliFiles, [Target.CanonicalCsv, Target.WideCsv, Target.WideXlsx]).ToList();
        var failures = new List<string>();
        try
        {
            foreach (var (index, item) in cases.Index())
            {
                var file = Path.Combine(directory, $"{index}-{item.FileName}");
                await File.WriteAllBytesAsync(file, item.Bytes);
                string[] args = ["import", "observations", file, .. CrashSupport.Where(app.Data)];
                var result = index < CliProcesses ? await CrashSupport.RunAsync(null, args) : await InProcessAsync(args);
                var after = await counts.ReadAsync();
                var failure = result.Error.Contains("Unhandled exception", StringComparison.Ordinal) || result.Error.Contains("   at ", StringComparison.Ordinal) ? "unhandled exception: " + Clip(result.Error)
                    : result.ExitCode == 0 ? (item.MustRefuse ? "accepted" : null)
                    : result.ExitCode != 1 ? $"exit code {result.ExitCode}: {Clip(result.Error)}"
                    : result.Error.Trim().Length == 0 ? "exit code 1 without a message"
                    : !after.SequenceEqual(before, StringComparer.Ordinal) ? "refused but rows changed: " + TableCounts.Difference(before, after)
                    : null;
                before = after;
                if (failure is not null)
                {
                    failures.Add($"#{index} {item.Target} {item.Mutation}: {failure}");
                    Keep(item, seed, index);
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        output.WriteLine($"{cases.Count} files through `theodoi import observations` ({CliProcesses} as processes, the others in-process); {failures.Count} failure(s)");
        Assert.True(failures.Count == 0, $"seed {seed}:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The verb as <c>Program.cs</c> runs it, in this process (a process start costs seconds): an
    /// exception escaping it is what the executable would print as "Unhandled exception".
    /// </summary>
    private static async Task<Infrastructure.Cli.Result> InProcessAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            var exit = await TheoDoi.Cli.CommandLine.Create().Parse(args)
                .InvokeAsync(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error });
            return new(exit, output.ToString(), error.ToString());
        }
#pragma warning disable CA1031 // the point of the test: any exception is a finding
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new(1, output.ToString(), "Unhandled exception: " + exception);
        }
    }

    private int Seed()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("THEODOI_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Random.Shared.Next();
        output.WriteLine($"THEODOI_FUZZ_SEED={seed}");
        return seed;
    }

    private static string Clip(string text) => text.Length > 400 ? text[..400] : text;

    private static string Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TheoDoi.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? Path.GetTempPath();
    }

    /// <summary>Checked-in regression files, named <c>Target_what.ext</c>.</summary>
    private static IEnumerable<Case> Replayed()
    {
        var directory = Path.Combine(Root(), "tests", "TheoDoi.Tests", "Hardening", "Fixtures");
        return Directory.Exists(directory)
            ? Directory.GetFiles(directory).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(f =>
            {
                var name = Path.GetFileName(f);
                var target = Enum.Parse<Target>(name[..name.IndexOf('_', StringComparison.Ordinal)]);
                return new Case(target, "fixture " + name, "fixture" + Path.GetExtension(f), File.ReadAllBytes(f), MustRefuse: true);
            })
            : [];
    }

    /// <summary>With THEODOI_FUZZ_SAMPLES=DIR, the first case of each kind that must be refused is written there (to pick fixtures from).</summary>
    private static void KeepSamples(List<Case> cases)
    {
        if (Environment.GetEnvironmentVariable("THEODOI_FUZZ_SAMPLES") is not { Length: > 0 } directory)
        {
            return;
        }

        Directory.CreateDirectory(directory);
        foreach (var item in cases.Where(c => c.MustRefuse).DistinctBy(c => (c.Target, c.Mutation)))
        {
            File.WriteAllBytes(Path.Combine(directory, $"{item.Target}_{Safe(item.Mutation)}{Path.GetExtension(item.FileName)}"), item.Bytes);
        }
    }

    private static string Safe(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private static void Keep(Case item, int seed, int index)
    {
        var directory = Path.Combine(Root(), "artifacts", "fuzz");
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, $"{item.Target}_{Safe(item.Mutation)}-{seed}-{index}{Path.GetExtension(item.FileName)}"), item.Bytes);
    }
}
