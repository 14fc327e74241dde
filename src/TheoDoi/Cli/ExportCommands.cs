using System.CommandLine;
using TheoDoi.Water.National;

namespace TheoDoi.Cli;

/// <summary><c>theodoi export national --from --to --out FILE.zip</c>: the national database export (Thông tư 64/2025/TT-BNNMT).</summary>
public static class ExportCommands
{
    public static Command Create()
    {
        var export = new Command("export", "Export data for other systems.");
        var from = new Option<DateOnly?>("--from") { Description = "First day of the observations (yyyy-MM-dd); default twelve months before --to." };
        var to = new Option<DateOnly?>("--to") { Description = "Last day of the observations (yyyy-MM-dd); default today (Việt Nam time)." };
        var output = new Option<FileInfo>("--out") { Description = "ZIP file to write.", Required = true };
        var national = new Command("national", "Stations, validated observations and licences in the national water-resource data structure (Thông tư 64/2025/TT-BNNMT): a ZIP of CSV files with the field mapping.") { from, to, output };
        national.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenAsync(parseResult, cancellationToken);
            if (session is null)
            {
                return 2;
            }

            var exporter = session.Get<NationalExport>();
            var plan = exporter.Check(new NationalExport.Request(parseResult.GetValue(from), parseResult.GetValue(to)));
            if (!plan.IsDone)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync("error: " + string.Join(" ", plan.Messages.Select(m => m.En)));
                return 1;
            }

            var target = parseResult.GetValue(output)!;
            await using (var file = new FileStream(target.FullName, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await exporter.WriteAsync(plan.Done(), file, cancellationToken);
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Wrote {target.FullName} ({new FileInfo(target.FullName).Length:N0} bytes, {plan.Done().From:yyyy-MM-dd} – {plan.Done().To:yyyy-MM-dd}).");
            return 0;
        });
        export.Subcommands.Add(national);
        return export;
    }
}
