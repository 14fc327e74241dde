using System.Net.Http.Headers;
using TheoDoi.Accounts;
using TheoDoi.Shared;

namespace TheoDoi.Tests.Accounts;

/// <summary>A bearer token or page cookie stops working at once when its account changes.</summary>
public sealed class RevocationTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private async Task<(HttpClient Client, string Username)> SignedInReporterAsync(string name)
    {
        var username = name + "-" + Guid.NewGuid().ToString("N")[..6];
        var password = await App.AddUserAsync(username, Roles.Reporter, "79");
        var client = await App.SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        return (client, username);
    }

    private Task<UseCaseResult> AdministerAsync(Func<UserAdministration, Task<UseCaseResult>> change) =>
        App.WithAsync(change);

    [Fact]
    public async Task Signing_out_revokes_the_token()
    {
        var (client, _) = await SignedInReporterAsync("rev-signout");

        var signedOut = await client.PostAsync("/api/v1/auth/signout", null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_revokes_the_token_and_the_new_password_works()
    {
        var (client, username) = await SignedInReporterAsync("rev-password");

        var result = await App.WithAsync<UserAdministration, UseCaseResult<string>>(a => a.ResetPasswordAsync(username));

        Assert.Equal(Outcome.Done, result.Outcome);
        var password = result.Done();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        var again = await App.SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_revokes_the_token()
    {
        var (client, username) = await SignedInReporterAsync("rev-role");

        var result = await AdministerAsync(a => a.SetRoleAsync(username, Roles.Leader));

        Assert.Equal(Outcome.Done, result.Outcome);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_unit_change_revokes_the_token()
    {
        var (client, username) = await SignedInReporterAsync("rev-unit");

        var result = await AdministerAsync(a => a.SetUnitAsync(username, "CMT"));

        Assert.Equal(Outcome.Done, result.Outcome);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Disabling_revokes_the_token_and_refuses_the_right_password_until_enabled()
    {
        var username = "rev-disable-" + Guid.NewGuid().ToString("N")[..6];
        var password = await App.AddUserAsync(username, Roles.Coordinator);
        var client = await App.SignInAsync(username, password);

        var result = await AdministerAsync(a => a.DisableAsync(username));
        var refused = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username, password });
        await AdministerAsync(a => a.EnableAsync(username));
        var enabled = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username, password });

        Assert.Equal(Outcome.Done, result.Outcome);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("disabled", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_revokes_the_token()
    {
        var (client, username) = await SignedInReporterAsync("rev-delete");

        var result = await AdministerAsync(a => a.DeleteAsync(username));

        Assert.Equal(Outcome.Done, result.Outcome);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/reporting/cycles")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_page_cookie_stops_working_when_the_security_stamp_changes()
    {
        var username = "rev-cookie-" + Guid.NewGuid().ToString("N")[..6];
        var password = await App.AddUserAsync(username, Roles.Coordinator);
        using var session = new BrowserlessSession(App);
        await session.SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/plans")).StatusCode);

        await AdministerAsync(a => a.SetRoleAsync(username, Roles.Leader));
        var after = await session.GetAsync("/plans");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/signin", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_of_user_add_apply_and_the_last_admin_cannot_be_removed()
    {
        var username = "rev-rules-" + Guid.NewGuid().ToString("N")[..6];
        await App.AddUserAsync(username, Roles.Leader);

        var noUnit = await AdministerAsync(a => a.SetRoleAsync(username, Roles.Reporter));
        var badRole = await AdministerAsync(a => a.SetRoleAsync(username, "root"));
        var badUnit = await AdministerAsync(a => a.SetUnitAsync(username, "NOPE"));
        var missing = await AdministerAsync(a => a.DisableAsync("nobody-" + username));

        Assert.Equal(Outcome.Invalid, noUnit.Outcome);
        Assert.Equal(Outcome.Invalid, badRole.Outcome);
        Assert.Equal(Outcome.Invalid, badUnit.Outcome);
        Assert.Equal(Outcome.NotFound, missing.Outcome);
    }
}
