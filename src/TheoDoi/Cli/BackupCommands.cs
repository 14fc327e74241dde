using System.CommandLine;
using TheoDoi.Backup;

namespace TheoDoi.Cli;

/// <summary><c>theodoi backup --out FILE</c> and <c>theodoi restore FILE</c>.</summary>
public static class BackupCommands
{
    public static Command Backup()
    {
        var output = new Option<FileInfo>("--out") { Description = "The archive to write (zip: database copy, uploads, keys, manifest.json).", Required = true };
        var command = new Command("backup", "Write a consistent online backup (database, uploaded files, data-protection keys) with a manifest of counts and checksums; safe while TheoDoi runs.") { output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = await CliSession.OpenAsync(parseResult, cancellationToken);
            if (session is null)
            {
                return 2;
            }

            var file = parseResult.GetValue(output)!;
            try
            {
                var manifest = await session.Get<CreateBackup>().RunAsync(file.FullName, cancellationToken);
                Console.WriteLine($"Đã sao lưu {session.Data.Describe()} vào {file.FullName}: {manifest.Tables.Count} bảng, {manifest.Tables.Sum(t => t.Rows):N0} dòng, {manifest.Files.Count} tệp " +
                    $"(backed up {manifest.Tables.Count} tables, {manifest.Tables.Sum(t => t.Rows):N0} rows, {manifest.Files.Count} files).");
                return 0;
            }
            catch (BackupException exception)
            {
                await Console.Error.WriteLineAsync(exception.Text.Vi);
                await Console.Error.WriteLineAsync(exception.Text.En);
                return 1;
            }
        });
        return command;
    }

    public static Command Restore()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An archive written by `theodoi backup`." };
        var command = new Command("restore", "Restore a backup into an empty data directory (SQLite) or an empty PostgreSQL database, then verify it against its manifest.") { file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var archive = parseResult.GetValue(file)!;
            if (!archive.Exists)
            {
                await Console.Error.WriteLineAsync($"lỗi: không có tệp {archive.FullName} / error: no file {archive.FullName}");
                return 1;
            }

            var data = CommonOptions.Resolve(parseResult);
            try
            {
                var outcome = await new RestoreBackup(data).RunAsync(archive.FullName, cancellationToken);
                foreach (var difference in outcome.Differences)
                {
                    await Console.Error.WriteLineAsync(difference);
                }

                if (!outcome.Verified)
                {
                    await Console.Error.WriteLineAsync("Khôi phục không khớp với manifest. / The restored data does not match the manifest.");
                    return 1;
                }

                Console.WriteLine($"Đã khôi phục và kiểm tra {outcome.Manifest.Tables.Count} bảng, {outcome.Manifest.Files.Count} tệp vào {data.Describe()} " +
                    $"(restored and verified {outcome.Manifest.Tables.Count} tables, {outcome.Manifest.Files.Count} files).");
                return 0;
            }
            catch (BackupException exception)
            {
                await Console.Error.WriteLineAsync(exception.Text.Vi);
                await Console.Error.WriteLineAsync(exception.Text.En);
                return 1;
            }
        });
        return command;
    }
}
