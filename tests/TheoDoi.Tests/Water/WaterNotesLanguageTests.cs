using System.Net;
using System.Text.Json;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Water;

/// <summary>A station's notes (a value below the detection limit, QCVN 08 remarks) read in the page's language.</summary>
public sealed class WaterNotesLanguageTests
{
    [Fact]
    public async Task A_detection_limit_note_is_Vietnamese_on_the_Vietnamese_page_and_English_on_the_English_one()
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        var import = await steward.PostAsync("/api/v1/water/observations/import",
            WaterImportTests.File(WaterImportTests.Header + WaterImportTests.Sample("SG-01", "2026-03-10T09:00:00+07:00"), qc: "validated"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var client = app.CreateClient();
        var vietnamese = WebUtility.HtmlDecode(await client.GetStringAsync("/water/stations/SG-01"));
        Assert.Contains("As dưới giới hạn phát hiện (<0,02 mg/L), tính theo giá trị giới hạn", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("below the detection limit", vietnamese, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/water/stations/SG-01");
        request.Headers.Add("Cookie", "theodoi.lang=c%3Den-GB%7Cuic%3Den-GB");
        var english = WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Contains("As below the detection limit (<0.02 mg/L), scored at the limit", english, StringComparison.Ordinal);
        Assert.DoesNotContain("dưới giới hạn phát hiện", english, StringComparison.Ordinal);

        // The API keeps its English note and adds the Vietnamese one.
        using var station = JsonDocument.Parse(await client.GetStringAsync("/api/v1/public/water/stations/SG-01"));
        var latest = station.RootElement.GetProperty("latest");
        Assert.Contains("below the detection limit", latest.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("dưới giới hạn phát hiện", latest.GetProperty("noteVi").GetString(), StringComparison.Ordinal);
    }
}
