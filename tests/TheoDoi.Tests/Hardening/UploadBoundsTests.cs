using System.Net.Http.Headers;
using TheoDoi.Accounts;
using TheoDoi.Reporting;
using TheoDoi.Tests.Reporting;
using static TheoDoi.Tests.Hardening.FuzzWorkbook;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// Uploads are bounded by what they hold, not by what they declare: a cell in column XFD costs one
/// cell, and a file over an endpoint's limit is a clear 4xx with the limit in the message.
/// </summary>
public sealed class UploadBoundsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private static MultipartFormDataContent Form(byte[] file, string name)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", name);
        return form;
    }

    /// <summary>The wide layout with its last parameter in column XFD, the sheet's last column.</summary>
    private static byte[] WideWithXfd(object value)
    {
        var header = new object?[16_384];
        var row = new object?[16_384];
        (header[0], header[1], header[2], header[^1]) = ("station", "time", "pH", "COD (mg/L)");
        (row[0], row[1], row[2], row[^1]) = ("SG-03", "2025-03-01T08:00:00", 7.1, value);
        return Build(new Sheet("Sheet1", [header, row]));
    }

    [Fact]
    public async Task A_value_in_column_XFD_is_read_as_one_cell_and_a_bad_one_is_named_by_its_row_and_column()
    {
        var steward = await App.ClientAsAsync(Roles.DataSteward);
        var before = await App.WithDbAsync(db => db.WaterObservations.LongCountAsync());

        var refused = await steward.PostAsync("/api/v1/water/observations/import", Form(WideWithXfd("nhiều"), "xfd.xlsx"));
        var refusal = await refused.Content.ReadAsStringAsync();
        var unchanged = await App.WithDbAsync(db => db.WaterObservations.LongCountAsync());
        var accepted = await steward.PostAsync("/api/v1/water/observations/import", Form(WideWithXfd(25), "xfd.xlsx"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"row\":2", refusal, StringComparison.Ordinal);
        Assert.Contains("\"column\":\"COD (mg/L)\"", refusal, StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var cod = await App.WithDbAsync(db => (from o in db.WaterObservations
                                               join s in db.WaterStations on o.StationId equals s.Id
                                               join p in db.WaterParameters on o.ParameterId equals p.Id
                                               where s.Code == "SG-03" && p.Code == "COD"
                                               select o.Value).ToListAsync());
        Assert.Equal([25d], cod);
    }

    [Fact]
    public async Task An_indicator_workbook_over_8_MB_is_refused_with_413_and_the_limit()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);

        var response = await coordinator.PostAsync("/api/v1/indicators/import", Form(new byte[(9 << 20)], "big.xlsx"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("8 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/registries/parks")]
    [InlineData("/registries/waste")]
    public async Task A_register_workbook_over_8_MB_is_refused_on_its_page_with_the_limit(string page)
    {
        using var session = new BrowserlessSession(App);
        var username = "registry-" + Guid.NewGuid().ToString("N")[..6];
        await session.SignInAsync(username, await App.AddUserAsync(username, Roles.Coordinator));
        var parks = await App.WithDbAsync(db => db.IndustrialParks.CountAsync());
        var big = new byte[9 << 20];
        "PK\u0003\u0004"u8.CopyTo(big);
        var form = Form(big, "big.xlsx");
        form.Add(new StringContent(BrowserlessSession.AntiforgeryToken(await (await session.GetAsync(page)).Content.ReadAsStringAsync())), "__RequestVerificationToken");

        var response = await session.PostAsync(page + "?handler=import", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("8 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(parks, await App.WithDbAsync(db => db.IndustrialParks.CountAsync()));
    }

    [Theory]
    [InlineData("/registries/parks", Roles.Leader)]
    [InlineData("/registries/waste", Roles.Leader)]
    public async Task A_role_that_may_not_change_a_register_is_refused_before_its_workbook_is_read(string page, string role)
    {
        using var session = new BrowserlessSession(App);
        var username = "no-registry-" + Guid.NewGuid().ToString("N")[..6];
        await session.SignInAsync(username, await App.AddUserAsync(username, role));
        var form = Form("not a workbook at all"u8.ToArray(), "rac.xlsx");
        form.Add(new StringContent(BrowserlessSession.AntiforgeryToken(await (await session.GetAsync(page)).Content.ReadAsStringAsync())), "__RequestVerificationToken");

        var response = await session.PostAsync(page + "?handler=import", form);
        var html = await response.Content.ReadAsStringAsync();

        // Read first, this file would be a 400 naming the broken workbook.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("không được sửa sổ đăng ký", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rac.xlsx", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_attachment_over_20_MB_is_refused_with_the_limit()
    {
        await using var kit = await ReportingKit.StartAsync();
        var reporter = await kit.ReporterAsync("CMT");
        var big = new byte[(20 << 20) + 1];
        "%PDF-1.4\n"u8.CopyTo(big);

        var response = await reporter.PostAsync("/api/v1/reporting/cycles/2026/reports/CMT/attachments", Form(big, "phu-luc.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("20 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await kit.App.WithDbAsync(db => db.Set<ReportAttachment>().CountAsync()));
    }
}
