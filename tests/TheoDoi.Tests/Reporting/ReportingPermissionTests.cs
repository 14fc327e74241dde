using TheoDoi.Accounts;
using static TheoDoi.Tests.Reporting.ReportingKit;

namespace TheoDoi.Tests.Reporting;

/// <summary>A reporter reaches only its own unit's report; a leader reads all and changes none.</summary>
public sealed class ReportingPermissionTests
{
    [Theory]
    [InlineData(Roles.Reporter, "79", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Reporter, "CMT", HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NoContent)]
    [InlineData(Roles.Leader, null, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Coordinator, null, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Admin, null, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Roles.DataSteward, null, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task Who_reads_writes_and_submits_the_environment_departments_report(string role, string? unit, HttpStatusCode read, HttpStatusCode write, HttpStatusCode submit)
    {
        await using var kit = await ReportingKit.StartAsync();
        var client = await kit.App.ClientAsAsync(role, unit);

        var get = await client.GetAsync("/api/v1/reporting/cycles/2026/reports/CMT");
        var put = await SaveAsync(client, "CMT", new { narrative = "x" });
        var post = await PostAsync(client, "CMT", "submit");

        Assert.Equal((read, write, submit), (get.StatusCode, put.StatusCode, post.StatusCode));
    }

    [Theory]
    [InlineData(Roles.Reporter, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Leader, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Admin, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Coordinator, HttpStatusCode.NoContent)]
    public async Task Only_the_coordinator_accepts_reports(string role, HttpStatusCode expected)
    {
        await using var kit = await ReportingKit.StartAsync();
        await PostAsync(await kit.ReporterAsync("CMT"), "CMT", "submit");
        var client = await kit.App.ClientAsAsync(role, role == Roles.Reporter ? "CMT" : null);

        Assert.Equal(expected, (await PostAsync(client, "CMT", "accept")).StatusCode);
    }

    [Fact]
    public async Task A_reporters_page_for_another_unit_is_denied()
    {
        await using var kit = await ReportingKit.StartAsync();
        var password = await kit.App.AddUserAsync("hcm-page", Roles.Reporter, "79");
        using var session = new BrowserlessSession(kit.App);
        await session.SignInAsync("hcm-page", password);

        var other = await session.GetAsync("/reporting/2026/CMT");
        var dashboard = await session.GetAsync("/reporting/2026");

        Assert.StartsWith("/account/denied", other.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/reporting/2026/79", dashboard.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
