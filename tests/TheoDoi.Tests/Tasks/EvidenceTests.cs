using TheoDoi.Accounts;
using static TheoDoi.Tests.Tasks.TaskTestKit;

namespace TheoDoi.Tests.Tasks;

/// <summary>Evidence files: limits, content checks, safe download, and who may read them.</summary>
public sealed class EvidenceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    [Fact]
    public async Task The_lead_unit_attaches_a_pdf_that_downloads_unchanged_as_an_attachment()
    {
        var id = await IdOfAsync(App, "6.2");
        var reporter = await App.ClientAsAsync(Roles.Reporter, "CMT");
        var pdf = Pdf("tờ trình đề án");

        var upload = await UploadAsync(reporter, id, "To trinh de an.pdf", pdf, "Tờ trình số 12/TTr-BNNMT");
        var evidence = (await DetailAsync(reporter, id)).Evidence!.First();
        var download = await reporter.GetAsync($"/api/v1/tasks/{id}/evidence/{evidence.Id}");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(("To trinh de an.pdf", "application/pdf", "Tờ trình số 12/TTr-BNNMT"), (evidence.FileName, evidence.ContentType, evidence.Description!));
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "setup.exe", [0x4D, 0x5A, 0x90, 0x00], "không được phép" },
        { "script.html", "<script>alert(1)</script>"u8.ToArray(), "không được phép" },
        { "fake.pdf", "this is not a pdf"u8.ToArray(), "không đúng định dạng" },
        { "photo.png", [0xFF, 0xD8, 0xFF, 0xE0], "không đúng định dạng" },
        { "empty.pdf", [], "rỗng" },
        { "notes.txt", [0x66, 0x00, 0x6F], "không đúng định dạng" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_files_are_refused_with_a_clear_reason_and_nothing_is_stored(string name, byte[] content, string reason)
    {
        var id = await IdOfAsync(App, "6.2");
        var reporter = await App.ClientAsAsync(Roles.Reporter, "CMT");
        var before = await App.WithDbAsync(db => db.TaskEvidence.CountAsync());

        var response = await UploadAsync(reporter, id, name, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await App.WithDbAsync(db => db.TaskEvidence.CountAsync()));
    }

    [Fact]
    public async Task A_file_over_20_MB_is_refused()
    {
        var id = await IdOfAsync(App, "6.2");
        var reporter = await App.ClientAsAsync(Roles.Reporter, "CMT");
        var big = new byte[(20 * 1024 * 1024) + 1];
        Pdf().CopyTo(big, 0);

        var response = await UploadAsync(reporter, id, "big.pdf", big);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("20 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_reporter_can_neither_add_nor_read_evidence_but_a_leader_reads_it()
    {
        var id = await IdOfAsync(App, "6.2");
        var owner = await App.ClientAsAsync(Roles.Reporter, "CMT");
        await UploadAsync(owner, id, "bao-cao.pdf", Pdf());
        var evidenceId = (await DetailAsync(owner, id)).Evidence!.First().Id;
        var stranger = await App.ClientAsAsync(Roles.Reporter, "79");
        var leader = await App.ClientAsAsync(Roles.Leader);

        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(stranger, id, "x.pdf", Pdf())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/v1/tasks/{id}/evidence/{evidenceId}")).StatusCode);
        Assert.Null((await DetailAsync(stranger, id)).Evidence);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/v1/tasks/{id}/evidence/{evidenceId}")).StatusCode);
    }
}
