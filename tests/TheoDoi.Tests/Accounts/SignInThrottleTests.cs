using System.Diagnostics;
using TheoDoi.Accounts;
using TheoDoi.Accounts.SignIns;

namespace TheoDoi.Tests.Accounts;

public sealed class SignInThrottleTests(CallerAppFixture fixture) : IClassFixture<CallerAppFixture>
{
    private TestApp App => fixture.App;

    private static Task<HttpResponseMessage> TryAsync(HttpClient client, string username, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { username, password });

    [Fact]
    public async Task A_strangers_twenty_wrong_passwords_do_not_stop_the_real_user_from_another_caller()
    {
        var password = await App.AddUserAsync("throttle-admin", Roles.Admin);
        var stranger = CallerHeader.From(App, "203.0.113.7");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            statuses.Add((await TryAsync(stranger, "throttle-admin", "guess-" + attempt)).StatusCode);
        }

        var real = await TryAsync(CallerHeader.From(App, "198.51.100.20"), "throttle-admin", password);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
    }

    [Fact]
    public async Task After_three_failures_the_same_caller_must_wait_even_with_the_right_password()
    {
        var password = await App.AddUserAsync("throttle-pair", Roles.Leader);
        var caller = CallerHeader.From(App, "192.0.2.44");
        for (var attempt = 0; attempt < SignInThrottle.PairAllowance; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TryAsync(caller, "throttle-pair", "wrong-" + attempt)).StatusCode);
        }

        var waiting = await TryAsync(caller, "throttle-pair", password);

        Assert.Equal(HttpStatusCode.TooManyRequests, waiting.StatusCode);
        Assert.NotNull(waiting.Headers.RetryAfter);
    }

    [Fact]
    public async Task Every_attempt_is_logged_with_its_caller_and_outcome()
    {
        var password = await App.AddUserAsync("throttle-log", Roles.Leader);
        var caller = CallerHeader.From(App, "192.0.2.99");
        await TryAsync(caller, "throttle-log", "wrong-password");
        await TryAsync(caller, "throttle-log", password);

        var log = await App.WithDbAsync(db => db.Set<SignInAttempt>()
            .Where(a => a.Username == "THROTTLE-LOG").OrderBy(a => a.Id).Select(a => new { a.Caller, a.Outcome }).ToListAsync());

        Assert.Equal([SignInOutcome.Failed, SignInOutcome.Succeeded], log.Select(a => a.Outcome));
        Assert.All(log, a => Assert.Equal("192.0.2.99", a.Caller));
    }

    [Fact]
    public void The_delay_grows_with_each_failure_past_the_allowance_and_is_capped()
    {
        Assert.Equal(TimeSpan.Zero, SignInThrottle.Delay(2, 3));
        Assert.Equal(TimeSpan.FromSeconds(1), SignInThrottle.Delay(3, 3));
        Assert.Equal(TimeSpan.FromSeconds(4), SignInThrottle.Delay(5, 3));
        Assert.Equal(SignInThrottle.MaxDelay, SignInThrottle.Delay(40, 3));
    }

    [Fact]
    public async Task An_unknown_user_costs_the_same_password_work_as_a_known_one()
    {
        var password = await App.AddUserAsync("timing-known", Roles.Leader);
        var known = new List<double>();
        var unknown = new List<double>();
        // Each try from its own caller, so the throttle never answers early; known and unknown alternate
        // so that a slow moment of the shared machine hits both alike.
        for (var i = 0; i < 30; i++)
        {
            known.Add(await TimeAsync(CallerHeader.From(App, $"10.1.0.{i + 1}"), "timing-known", "wrong-" + password));
            unknown.Add(await TimeAsync(CallerHeader.From(App, $"10.2.0.{i + 1}"), "timing-unknown-" + i, "wrong-" + password));
        }

        Assert.True(Median(unknown) >= 0.5 * Median(known),
            $"unknown median {Median(unknown):F1} ms, known median {Median(known):F1} ms");
    }

    private static async Task<double> TimeAsync(HttpClient client, string username, string password)
    {
        var watch = Stopwatch.StartNew();
        var response = await TryAsync(client, username, password);
        watch.Stop();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
