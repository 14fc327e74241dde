using System.CommandLine;

namespace TheoDoi.Cli;

/// <summary>The `theodoi` command and its verbs.</summary>
public static class CommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("TheoDoi — theo dõi thực hiện Kế hoạch 512-KH/BCSĐTNMT (plan follow-up, indicators, reporting, water monitoring).")
        {
            CommonOptions.Data,
            CommonOptions.Db,
        };
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(ReportCommands.Create());
        root.Subcommands.Add(ExportCommands.Create());
        root.Subcommands.Add(WaterCommands.Import());
        root.Subcommands.Add(WaterCommands.Wqi());
        root.Subcommands.Add(RecomputeCommand.Create());
        root.Subcommands.Add(BackupCommands.Backup());
        root.Subcommands.Add(BackupCommands.Restore());
        return root;
    }
}
