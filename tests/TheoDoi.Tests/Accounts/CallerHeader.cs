namespace TheoDoi.Tests.Accounts;

/// <summary>
/// The in-memory test server has no remote address; this lets a test say which caller (IP) a
/// request comes from with an X-Test-Caller header, as distinct machines would.
/// </summary>
public sealed class CallerHeader : IStartupFilter
{
    public const string Name = "X-Test-Caller";

    public static void Add(IServiceCollection services) => services.AddSingleton<IStartupFilter, CallerHeader>();

    public static HttpClient From(TestApp app, string address)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(Name, address);
        return client;
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers[Name] is [{ } value] && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware();
        });
        next(app);
    };
}

public sealed class CallerAppFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestApp.StartAsync(new TestAppOptions(Services: CallerHeader.Add));

    public async Task DisposeAsync() => await App.DisposeAsync();
}
