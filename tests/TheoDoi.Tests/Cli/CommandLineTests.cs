namespace TheoDoi.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("serve", "--urls")]
    [InlineData("migrate", "--db")]
    [InlineData("user add", "--password-stdin")]
    [InlineData("user list", "--data")]
    public async Task Every_verb_explains_itself_with_help(string verb, string option)
    {
        var result = await Infrastructure.Cli.RunAsync(null, [.. verb.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
        Assert.Contains("--data", result.Output, StringComparison.Ordinal);
        Assert.Contains("--db", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_add_works_on_a_fresh_data_directory_and_the_user_can_be_listed()
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
                // PostgreSQL is migrated on request only.
                var refused = await Infrastructure.Cli.RunAsync("a-long-password-1", ["user", "add", "--username", "hcm", "--role", "reporter", "--unit", "79", "--password-stdin", .. where]);
                Assert.Equal(2, refused.ExitCode);
                Assert.Contains("theodoi migrate", refused.Error, StringComparison.Ordinal);
                Assert.Equal(0, (await Infrastructure.Cli.RunAsync(null, ["migrate", .. where])).ExitCode);
            }

            var added = await Infrastructure.Cli.RunAsync("a-long-password-1", ["user", "add", "--username", "hcm", "--role", "reporter", "--unit", "79", "--password-stdin", .. where]);
            var listed = await Infrastructure.Cli.RunAsync(null, ["user", "list", .. where]);

            Assert.True(added.ExitCode == 0, added.Error);
            Assert.Contains("hcm", listed.Output, StringComparison.Ordinal);
            Assert.Contains("reporter", listed.Output, StringComparison.Ordinal);
            if (data.Provider == TheoDoi.Data.DatabaseProvider.Sqlite)
            {
                Assert.True(File.Exists(Path.Combine(directory, "theodoi.db")));
            }
        }
        finally
        {
            await TestDatabase.DropAsync(data);
        }
    }

    [Theory]
    [InlineData("a-long-password-1", new[] { "--username", "r1", "--role", "reporter", "--password-stdin" }, "must be bound to a unit")]
    [InlineData("a-long-password-1", new[] { "--username", "r2", "--role", "reporter", "--unit", "74", "--password-stdin" }, "no unit with code '74' exists today")]
    [InlineData("a-long-password-1", new[] { "--username", "r3", "--role", "chief", "--password-stdin" }, "unknown role 'chief'")]
    [InlineData("short", new[] { "--username", "r4", "--role", "leader", "--password-stdin" }, "at least 10 characters")]
    [InlineData(null, new[] { "--username", "r5", "--role", "leader" }, "--password-stdin")]
    public async Task User_add_refuses_bad_input_with_a_reason(string? password, string[] args, string reason)
    {
        var directory = Directory.CreateTempSubdirectory("theodoi-cli-").FullName;

        var result = await Infrastructure.Cli.RunAsync(password, ["user", "add", "--data", directory, .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
