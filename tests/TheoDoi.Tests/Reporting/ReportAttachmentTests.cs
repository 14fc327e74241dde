using System.Net.Http.Headers;
using TheoDoi.Accounts;
using static TheoDoi.Tests.Reporting.ReportingKit;

namespace TheoDoi.Tests.Reporting;

/// <summary>Files attached to a unit's report: own unit only, checked like task evidence, locked when accepted.</summary>
public sealed class ReportAttachmentTests
{
    private static Task<HttpResponseMessage> AttachAsync(HttpClient client, string unit, string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync($"/api/v1/reporting/cycles/2026/reports/{unit}/attachments", new MultipartFormDataContent { { file, "file", name } });
    }

    [Fact]
    public async Task The_unit_attaches_a_file_others_cannot_and_an_accepted_report_takes_no_more()
    {
        await using var kit = await ReportingKit.StartAsync();
        var owner = await kit.ReporterAsync("CMT");
        var pdf = "%PDF-1.4\n% bao cao\n%%EOF\n"u8.ToArray();

        var attached = await AttachAsync(owner, "CMT", "phu-luc.pdf", pdf);
        var stranger = await AttachAsync(await kit.ReporterAsync("79"), "CMT", "x.pdf", pdf);
        var fake = await AttachAsync(owner, "CMT", "virus.pdf", [0x4D, 0x5A, 0x90, 0x00]);
        var id = (await kit.App.WithDbAsync(db => db.Set<TheoDoi.Reporting.ReportAttachment>().SingleAsync())).Id;
        var leaderDownload = await (await kit.App.ClientAsAsync(Roles.Leader)).GetAsync($"/api/v1/reporting/cycles/2026/reports/CMT/attachments/{id}");
        var strangerDownload = await (await kit.ReporterAsync("79")).GetAsync($"/api/v1/reporting/cycles/2026/reports/CMT/attachments/{id}");
        await PostAsync(owner, "CMT", "submit");
        await PostAsync(kit.Coordinator, "CMT", "accept");
        var afterAccept = await AttachAsync(owner, "CMT", "late.pdf", pdf);

        Assert.Equal(HttpStatusCode.NoContent, attached.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);
        Assert.Equal(pdf, await leaderDownload.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", leaderDownload.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(HttpStatusCode.Forbidden, strangerDownload.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, afterAccept.StatusCode);
        Assert.Contains("đã được chấp nhận", await afterAccept.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
