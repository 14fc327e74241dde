using TheoDoi.Backup;
using TheoDoi.Data;
using TheoDoi.Notifications;
using TheoDoi.Tests.Infrastructure;

namespace TheoDoi.Tests.Hardening;

/// <summary>A backup taken while writes go on restores to an installation identical to what its manifest describes.</summary>
public sealed class BackupRoundTripTests
{
    [Fact]
    public async Task A_backup_taken_during_writes_restores_every_table_and_file_identically()
    {
        await using var app = await TestApp.StartAsync();
        var upload = Path.Combine(app.Data.DataDirectory, "uploads", "evidence", "2026", "proof.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(upload)!);
        await File.WriteAllBytesAsync(upload, [1, 2, 3, 4, 5]);
        var keys = Path.Combine(app.Data.DataDirectory, "keys");
        Directory.CreateDirectory(keys);
        await File.WriteAllTextAsync(Path.Combine(keys, "key-test.xml"), "<key/>");

        // A background writer: notifications, one transaction each, for as long as the backup runs.
        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await app.WithDbAsync(async db =>
                {
                    db.Notifications.Add(new Notification { Key = "backup-test:" + Guid.NewGuid(), Role = "coordinator", Subject = "s", Body = "b", CreatedAt = DateTime.UtcNow });
                    await db.SaveChangesAsync();
                    return 0;
                });
                Interlocked.Increment(ref written);
            }
        });
        while (Volatile.Read(ref written) < 5)
        {
            await Task.Delay(20);
        }

        var archive = Path.Combine(app.Data.DataDirectory, "..", Path.GetFileName(app.Data.DataDirectory) + "-backup.zip");
        var beforeBackup = Volatile.Read(ref written);
        var manifest = await new CreateBackup(app.Data, TimeProvider.System).RunAsync(archive);
        await Task.Delay(200);
        await stop.CancelAsync();
        await writer;
        var total = await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Key.StartsWith("backup-test:")));
        Assert.True(total > beforeBackup, "the writer wrote");

        var target = await TestDatabase.CreateAsync(Directory.CreateTempSubdirectory("theodoi-restore-").FullName);
        try
        {
            var outcome = await new RestoreBackup(target).RunAsync(archive);
            Assert.Empty(outcome.Differences);

            // Read again, independently of the restore's own check.
            await using var connection = await CrashSupport.OpenAsync(target);
            var restored = await BackupManifest.TablesAsync(connection, null, target.Provider, default);
            Assert.Equal(manifest.Tables, restored);
            Assert.Contains(manifest.Tables, t => t.Name == "Notifications" && t.Rows >= beforeBackup && t.Rows <= total + 100);
            Assert.Equal(manifest.Files, await BackupManifest.FilesAsync(target.DataDirectory, default));
            Assert.Contains(manifest.Files, f => f.Path == "uploads/evidence/2026/proof.bin" && f.Size == 5);
            Assert.Contains(manifest.Files, f => f.Path == "keys/key-test.xml");

            // Restoring again into the now filled target is refused, with a message, through the CLI.
            var refused = await CrashSupport.RunAsync(null, ["restore", archive, .. CrashSupport.Where(target)]);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("the target is not empty", refused.Error, StringComparison.Ordinal);
            Assert.Contains("đích không trống", refused.Error, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabase.DropAsync(target);
            File.Delete(archive);
        }
    }
}
