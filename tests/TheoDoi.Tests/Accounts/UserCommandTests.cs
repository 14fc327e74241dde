namespace TheoDoi.Tests.Accounts;

/// <summary>The `theodoi user …` verbs an administrator uses without the web page.</summary>
public sealed class UserCommandTests
{
    [Theory]
    [InlineData("set-role", "--role")]
    [InlineData("set-unit", "--unit")]
    [InlineData("reset-password", "--username")]
    [InlineData("disable", "--username")]
    [InlineData("enable", "--username")]
    [InlineData("delete", "--username")]
    public async Task Every_user_verb_explains_itself_with_help(string verb, string option)
    {
        var result = await Infrastructure.Cli.RunAsync(null, ["user", verb, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_is_changed_reset_disabled_enabled_and_deleted_from_the_command_line()
    {
        var directory = Directory.CreateTempSubdirectory("theodoi-cli-").FullName;
        var data = await TestDatabase.CreateAsync(directory);
        try
        {
            string[] where = data.Provider == TheoDoi.Data.DatabaseProvider.Postgres
                ? ["--data", directory, "--db", data.ConnectionString]
                : ["--data", directory];
            if (data.Provider == TheoDoi.Data.DatabaseProvider.Postgres)
            {
                Assert.Equal(0, (await Infrastructure.Cli.RunAsync(null, ["migrate", .. where])).ExitCode);
            }

            Assert.Equal(0, (await Infrastructure.Cli.RunAsync("a-long-password-1", ["user", "add", "--username", "hcm", "--role", "leader", "--password-stdin", .. where])).ExitCode);
            var noUnit = await Infrastructure.Cli.RunAsync(null, ["user", "set-role", "--username", "hcm", "--role", "reporter", .. where]);
            var unit = await Infrastructure.Cli.RunAsync(null, ["user", "set-unit", "--username", "hcm", "--unit", "79", .. where]);
            var role = await Infrastructure.Cli.RunAsync(null, ["user", "set-role", "--username", "hcm", "--role", "reporter", .. where]);
            var reset = await Infrastructure.Cli.RunAsync(null, ["user", "reset-password", "--username", "hcm", .. where]);
            var disabled = await Infrastructure.Cli.RunAsync(null, ["user", "disable", "--username", "hcm", .. where]);
            var listedDisabled = await Infrastructure.Cli.RunAsync(null, ["user", "list", .. where]);
            var enabled = await Infrastructure.Cli.RunAsync(null, ["user", "enable", "--username", "hcm", .. where]);
            var deleted = await Infrastructure.Cli.RunAsync(null, ["user", "delete", "--username", "hcm", .. where]);
            var missing = await Infrastructure.Cli.RunAsync(null, ["user", "disable", "--username", "hcm", .. where]);

            Assert.Equal(1, noUnit.ExitCode);
            Assert.Contains("must be bound to a unit", noUnit.Error, StringComparison.Ordinal);
            Assert.True(unit.ExitCode == 0, unit.Error);
            Assert.True(role.ExitCode == 0, role.Error);
            Assert.Matches("shown once\\): [A-Za-z0-9]{16}", reset.Output);
            Assert.Equal(0, disabled.ExitCode);
            Assert.Matches("hcm +reporter +79 +disabled", listedDisabled.Output);
            Assert.Equal(0, enabled.ExitCode);
            Assert.Equal(0, deleted.ExitCode);
            Assert.Equal(1, missing.ExitCode);
            Assert.Contains("no account 'hcm'", missing.Error, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabase.DropAsync(data);
        }
    }
}
