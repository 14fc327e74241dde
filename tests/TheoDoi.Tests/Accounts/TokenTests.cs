using System.Net.Http.Headers;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Accounts;

public sealed class TokenTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task A_correct_password_gets_a_token_that_opens_the_api()
    {
        var password = await App.AddUserAsync("token-ok", Roles.Reporter, "79");
        var client = App.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "token-ok", password });
        var token = await response.Content.ReadFromJsonAsync<AuthEndpoints.TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.Token);
        var me = await client.GetFromJsonAsync<AuthEndpoints.MeResponse>("/api/v1/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("token-ok", me!.Username);
        Assert.Equal([Roles.Reporter], me.Roles);
        Assert.Equal("79", me.Unit);
    }

    [Fact]
    public async Task A_wrong_password_gets_401_and_no_token()
    {
        await App.AddUserAsync("token-wrong", Roles.Leader);

        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username = "token-wrong", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("token\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_username_gets_the_same_401_as_a_wrong_password()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { username = "nobody-by-this-name", password = "whatever-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid username or password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_field_or_malformed_body_gets_400()
    {
        var client = App.CreateClient();

        var missing = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "x" });
        var malformed = await client.PostAsync("/api/v1/auth/token", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task A_forged_or_garbled_token_is_refused()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8forged-token-value");

        var response = await client.GetAsync("/api/v1/plans");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Passwords_are_stored_hashed()
    {
        var password = await App.AddUserAsync("token-hash", Roles.Admin);

        var stored = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "token-hash").Select(u => u.PasswordHash).SingleAsync());

        Assert.NotNull(stored);
        Assert.DoesNotContain(password, stored, StringComparison.Ordinal);
    }
}
