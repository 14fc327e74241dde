using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Web;

namespace TheoDoi.Tests.Infrastructure;

public sealed record TestAppOptions(bool RealServer = false, bool Demo = false, TimeProvider? Clock = null, Action<IServiceCollection>? Services = null);

/// <summary>
/// TheoDoi as it runs for users (same composition, same start-up), on a fresh database and data
/// directory, either in memory (TestServer) or on a loopback port for the browser.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, DataOptions data)
    {
        App = app;
        Data = data;
    }

    public WebApplication App { get; }
    public DataOptions Data { get; }
    public IServiceProvider Services => App.Services;

    /// <summary>The loopback address when started with a real server.</summary>
    public string Address => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<TestApp> StartAsync(TestAppOptions? options = null)
    {
        options ??= new TestAppOptions();
        var directory = Directory.CreateTempSubdirectory("theodoi-test-").FullName;
        var data = await TestDatabase.CreateAsync(directory);
        var settings = new WebSettings(data, options.RealServer ? "http://127.0.0.1:0" : null, options.Demo);
        var app = WebApp.Create(settings, builder =>
        {
            if (!options.RealServer)
            {
                builder.WebHost.UseTestServer();
            }

            if (options.Clock is { } clock)
            {
                builder.Services.AddSingleton(clock);
            }

            // Tests run the reminder job themselves, on their own clock.
            builder.Configuration["Reminders:IntervalMinutes"] = "0";
            options.Services?.Invoke(builder.Services);
        });

        // PostgreSQL is never migrated by `serve`; the test does what an operator does first.
        if (data.Provider == DatabaseProvider.Postgres)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseSchema>().MigrateAsync();
        }

        var problem = await TheoDoi.Seed.DatabasePreparation.PrepareAsync(app.Services, settings.Demo, TextWriter.Null);
        Assert.Null(problem);
        await app.StartAsync();
        return new TestApp(app, data);
    }

    public HttpClient CreateClient() =>
        App.Services.GetRequiredService<IServer>() is TestServer server
            ? server.CreateClient()
            : new HttpClient { BaseAddress = new Uri(Address) };

    /// <summary>Creates an account the way `theodoi user add` does and returns its password.</summary>
    public async Task<string> AddUserAsync(string username, string role, string? unit = null, string? email = null)
    {
        var password = "Pw-" + Guid.NewGuid().ToString("N")[..16];
        await using var scope = Services.CreateAsyncScope();
        using var actor = AuditActor.As("test-setup");
        var created = await scope.ServiceProvider.GetRequiredService<CreateUser>().RunAsync(new CreateUser.Request(username, role, unit, password, Email: email));
        Assert.True(created.IsDone, string.Join("; ", created.Messages.Select(m => m.En)));
        return password;
    }

    /// <summary>A client carrying a bearer token for a new account with this role.</summary>
    public async Task<HttpClient> ClientAsAsync(string role, string? unit = null, string? username = null)
    {
        username ??= role + "-" + Guid.NewGuid().ToString("N")[..6];
        var password = await AddUserAsync(username, role, unit ?? (role == Roles.Reporter ? "CMT" : null));
        return await SignInAsync(username, password);
    }

    /// <summary>A client carrying a fresh bearer token for an existing account.</summary>
    public async Task<HttpClient> SignInAsync(string username, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<AuthEndpoints.TokenResponse>())!.Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs work with a scoped service, e.g. a use case or a job step.</summary>
    public async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await TestDatabase.DropAsync(Data);
        try
        {
            Directory.Delete(Data.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner.
        }
    }
}

/// <summary>One app shared by the tests of a class that only read, or write without conflict.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}
