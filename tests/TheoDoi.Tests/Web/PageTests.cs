using TheoDoi.Accounts;

namespace TheoDoi.Tests.Web;

/// <summary>The server-rendered pages: sign-in, plan, units, audit, language — without JavaScript.</summary>
public sealed class PageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Theory]
    [InlineData("/plans")]
    [InlineData("/units")]
    [InlineData("/units/79")]
    [InlineData("/audit")]
    public async Task Internal_pages_send_anonymous_visitors_to_sign_in(string url)
    {
        var response = await App.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_is_public_and_in_Vietnamese()
    {
        var html = await App.CreateClient().GetStringAsync("/");

        Assert.Contains("Theo dõi thực hiện Kế hoạch", html, StringComparison.Ordinal);
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_without_the_anti_forgery_token_is_refused()
    {
        await App.AddUserAsync("page-csrf", Roles.Leader);

        var response = await App.CreateClient().PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "page-csrf",
            ["password"] = "irrelevant",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_on_the_form_says_so_in_Vietnamese()
    {
        await App.AddUserAsync("page-wrong", Roles.Leader);
        using var session = new BrowserlessSession(App);

        var response = await session.SignInAsync("page-wrong", "definitely-wrong");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_user_sees_the_plan_tree_with_units_and_dates_in_vi_VN()
    {
        var password = await App.AddUserAsync("page-plan", Roles.Reporter, "79");
        using var session = new BrowserlessSession(App);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("page-plan", password)).StatusCode);

        var html = await (await session.GetAsync("/plans")).Content.ReadAsStringAsync();

        Assert.Contains("512-KH/BCSĐTNMT", html, StringComparison.Ordinal);
        Assert.Contains("Quán triệt, tuyên truyền", html, StringComparison.Ordinal);
        Assert.Contains("Cục Kiểm soát ô nhiễm môi trường", html, StringComparison.Ordinal);
        Assert.Contains("nay là", html, StringComparison.Ordinal); // the 2023 unit and today's holder
        Assert.Contains("14/06/2023", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_units_page_shows_old_and_new_provinces_with_the_merger()
    {
        var password = await App.AddUserAsync("page-units", Roles.Leader);
        using var session = new BrowserlessSession(App);
        await session.SignInAsync("page-units", password);

        var html = await (await session.GetAsync("/units?at=2024-06-01")).Content.ReadAsStringAsync();

        Assert.Contains("Tỉnh Bình Dương", html, StringComparison.Ordinal);
        Assert.Contains("Thành phố Đồng Nai", html, StringComparison.Ordinal);
        Assert.Contains("01/07/2025", html, StringComparison.Ordinal);
        Assert.Contains("hợp nhất", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reporter_is_denied_the_audit_page_and_a_coordinator_sees_it()
    {
        var reporterPassword = await App.AddUserAsync("page-audit-r", Roles.Reporter, "CMT");
        var coordinatorPassword = await App.AddUserAsync("page-audit-c", Roles.Coordinator);
        using var reporter = new BrowserlessSession(App);
        using var coordinator = new BrowserlessSession(App);
        await reporter.SignInAsync("page-audit-r", reporterPassword);
        await coordinator.SignInAsync("page-audit-c", coordinatorPassword);

        var denied = await reporter.GetAsync("/audit");
        var allowed = await coordinator.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("system:built-in-data", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_English_switch_translates_the_interface_and_is_remembered()
    {
        using var session = new BrowserlessSession(App);

        var switched = await session.GetAsync("/language?c=en&returnUrl=/account/signin");
        var html = await (await session.GetAsync("/account/signin")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
        Assert.Contains("Password", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        var response = await App.CreateClient().GetAsync("/language?c=en&returnUrl=https://evil.example/");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var password = await App.AddUserAsync("page-out", Roles.Leader);
        using var session = new BrowserlessSession(App);
        await session.SignInAsync("page-out", password);

        await session.PostFormAsync("/account/signout", "/", []);

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/plans")).StatusCode);
    }
}
