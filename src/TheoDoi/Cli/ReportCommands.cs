using System.CommandLine;
using TheoDoi.Reporting;

namespace TheoDoi.Cli;

public static class ReportCommands
{
    public static Command Create()
    {
        var report = new Command("report", "Produce reports.");
        report.Subcommands.Add(Annual());
        return report;
    }

    private static Command Annual()
    {
        var year = new Option<int>("--year") { Description = "The cycle's year.", Required = true };
        var format = new Option<string>("--format") { Description = "docx, xlsx or pdf (pdf needs LibreOffice).", DefaultValueFactory = _ => "docx" };
        format.AcceptOnlyFromAmong(ConsolidatedFiles.Formats);
        var party = new Option<bool>("--party") { Description = "Party format (Hướng dẫn 36-HD/VPTW) instead of the State format (Nghị định 30/2020)." };
        var draft = new Option<bool>("--draft") { Description = "Include reports not yet accepted; the document is marked DỰ THẢO." };
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var command = new Command("annual", "The consolidated annual report on Plan 512 for a year.") { year, format, party, draft, output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenAsync(parseResult, cancellationToken);
            if (session is null)
            {
                return 2;
            }

            var result = await session.Get<ConsolidatedFiles>().CreateAsync(
                parseResult.GetValue(year), parseResult.GetValue(format)!, parseResult.GetValue(party), parseResult.GetValue(draft), cancellationToken);
            if (!result.IsDone)
            {
                await Console.Error.WriteLineAsync("error: " + string.Join(" ", result.Errors));
                return 1;
            }

            var file = result.Done();

            var target = parseResult.GetValue(output)!;
            await File.WriteAllBytesAsync(target.FullName, file.Content, cancellationToken);
            Console.WriteLine($"Wrote {target.FullName} ({file.Content.Length:N0} bytes).");
            return 0;
        });
        return command;
    }
}
