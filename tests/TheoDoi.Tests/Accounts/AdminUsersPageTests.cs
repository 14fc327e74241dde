using TheoDoi.Accounts;

namespace TheoDoi.Tests.Accounts;

/// <summary>/admin/users: only an admin opens it; it adds an account and resets a password, shown once.</summary>
public sealed class AdminUsersPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private async Task<BrowserlessSession> SignedInAsync(string role)
    {
        var username = "page-" + role + "-" + Guid.NewGuid().ToString("N")[..6];
        var password = await App.AddUserAsync(username, role, role == Roles.Reporter ? "79" : null);
        var session = new BrowserlessSession(App);
        await session.SignInAsync(username, password);
        return session;
    }

    [Fact]
    public async Task Only_an_admin_opens_the_page()
    {
        using var coordinator = await SignedInAsync(Roles.Coordinator);
        using var admin = await SignedInAsync(Roles.Admin);

        var refused = await coordinator.GetAsync("/admin/users");
        var page = await admin.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_a_province_reporter_whose_shown_password_signs_in()
    {
        using var admin = await SignedInAsync(Roles.Admin);

        var added = await admin.PostFormAsync("/admin/users?handler=Add", "/admin/users", new Dictionary<string, string>
        {
            ["username"] = "sotphcm-page",
            ["role"] = Roles.Reporter,
            ["unit"] = "79",
        });
        var html = await added.Content.ReadAsStringAsync();
        var password = System.Text.RegularExpressions.Regex.Match(html, "<code>([A-Za-z0-9]{16})</code>").Groups[1].Value;
        var listed = await (await admin.GetAsync("/admin/users")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var me = await (await App.SignInAsync("sotphcm-page", password)).GetFromJsonAsync<AuthEndpoints.MeResponse>("/api/v1/me");
        Assert.Equal("79", me!.Unit);
        Assert.DoesNotContain(password, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reporter_without_a_unit_is_refused_with_the_rule_of_user_add()
    {
        using var admin = await SignedInAsync(Roles.Admin);

        var refused = await admin.PostFormAsync("/admin/users?handler=Add", "/admin/users", new Dictionary<string, string>
        {
            ["username"] = "no-unit-page",
            ["role"] = Roles.Reporter,
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Tài khoản báo cáo phải gắn với một đơn vị", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_locks_an_account_and_its_token_stops_working()
    {
        var password = await App.AddUserAsync("page-lock-target", Roles.Leader);
        var client = await App.SignInAsync("page-lock-target", password);
        using var admin = await SignedInAsync(Roles.Admin);

        var locked = await admin.PostFormAsync("/admin/users?handler=Lock", "/admin/users", new Dictionary<string, string>
        {
            ["username"] = "page-lock-target",
        });

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }
}
