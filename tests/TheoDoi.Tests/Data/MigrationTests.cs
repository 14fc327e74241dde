using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Web;

namespace TheoDoi.Tests.Data;

/// <summary>The migrations of the provider under test match the model (drift check) and are applied.</summary>
public sealed class MigrationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        var pending = await fixture.App.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, $"Run `dotnet ef migrations add <Name> --context {TestDatabase.Provider}AppDbContext` (see README).");
    }

    [Fact]
    public async Task Every_migration_is_applied_to_a_started_database()
    {
        var (all, applied) = await fixture.App.WithDbAsync(async db =>
            (db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList()));

        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
    }

    [Fact]
    public async Task Serve_migrates_a_new_SQLite_file_but_refuses_an_unmigrated_PostgreSQL_database()
    {
        var directory = Directory.CreateTempSubdirectory("theodoi-migrate-").FullName;
        var data = await TestDatabase.CreateAsync(directory);
        try
        {
            var settings = new WebSettings(data);
            await using var app = WebApp.Create(settings, b => b.WebHost.UseSetting("urls", "http://127.0.0.1:0"));

            var problem = await TheoDoi.Seed.DatabasePreparation.PrepareAsync(app.Services, settings.Demo, TextWriter.Null);

            if (data.Provider == DatabaseProvider.Sqlite)
            {
                Assert.Null(problem);
                Assert.True(File.Exists(Path.Combine(directory, "theodoi.db")));
            }
            else
            {
                Assert.NotNull(problem);
                Assert.Contains("theodoi migrate", problem, StringComparison.Ordinal);
            }
        }
        finally
        {
            await TestDatabase.DropAsync(data);
        }
    }
}
