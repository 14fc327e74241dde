using System.Net.Http.Headers;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// Behind the real server (Kestrel refuses a body over its limit while the form is read): a file too
/// large for an upload is a 4xx with the limit, never a bare error or a 500.
/// </summary>
public sealed class KestrelUploadLimitTests
{
    private const int TooLarge = 40 << 20; // past Kestrel's 30 MB default and every upload's own limit

    private static MultipartFormDataContent Form(string name)
    {
        var content = new byte[TooLarge];
        "%PDF-1.4\n"u8.CopyTo(content);
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", name);
        return form;
    }

    private static void AssertClearRefusal(HttpResponseMessage response, string body, string message)
    {
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"HTTP {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        Assert.Contains(message, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_large_evidence_file_is_a_4xx_with_the_limit()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true));
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        coordinator.DefaultRequestHeaders.ExpectContinue = true; // so the client reads the answer Kestrel gives before the body
        var task = await app.WithDbAsync(db => db.PlanItems.Where(i => i.Code == "6.2").Select(i => i.Id).SingleAsync());

        using var response = await coordinator.PostAsync($"/api/v1/tasks/{task}/evidence", Form("big.pdf"));

        AssertClearRefusal(response, await response.Content.ReadAsStringAsync(), "20 MB");
        Assert.Equal(0, await app.WithDbAsync(db => db.TaskEvidence.CountAsync()));
    }

    [Theory]
    [InlineData("/registries/parks")]
    [InlineData("/registries/waste")]
    public async Task A_register_workbook_past_the_server_limit_is_refused_on_its_page_with_the_limit(string page)
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(RealServer: true));
        using var session = new BrowserlessSession(app);
        await session.SignInAsync("registry-big", await app.AddUserAsync("registry-big", Roles.Coordinator));
        var form = Form("big.xlsx");
        form.Add(new StringContent(BrowserlessSession.AntiforgeryToken(await (await session.GetAsync(page)).Content.ReadAsStringAsync())), "__RequestVerificationToken");
        var parks = await app.WithDbAsync(db => db.IndustrialParks.CountAsync());

        using var response = await session.PostAsync(page + "?handler=import", form);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"HTTP {(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        Assert.Contains("Tệp quá lớn", body, StringComparison.Ordinal);
        Assert.Equal(parks, await app.WithDbAsync(db => db.IndustrialParks.CountAsync()));
    }
}
