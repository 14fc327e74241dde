using System.Net.Http.Headers;
using System.Text.Json;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Indicators;
using static TheoDoi.Tests.Hardening.FuzzWorkbook;
using static TheoDoi.Tests.Indicators.IndicatorTestKit;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// The indicator workbook as the hardening review found it: "1.730" read as 1.73, every re-upload
/// rewriting every row and demoting approved values, a formula without value misreported.
/// </summary>
public sealed class IndicatorWorkbookCaseTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly object?[] s_header = ["Mã đơn vị", "Đơn vị", "Năm", "Tử số", "Mẫu số", "Giá trị", "Nguồn", "Ghi chú"];

    private TestApp App => fixture.App;

    private static byte[] Workbook(params object?[][] rows) => Build(new Sheet(UrbanWaste, [s_header, .. rows]));

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient client, byte[] file, string query = "")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(file) { Headers = { ContentType = new MediaTypeHeaderValue(ValueWorkbook.ContentType) } }, "file", "chi-tieu.xlsx");
        using var response = await client.PostAsync("/api/v1/indicators/import" + query, form);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    private Task<IndicatorValue?> ValueAsync(string unit, int year) =>
        App.WithDbAsync(db => db.IndicatorValues.AsNoTracking().SingleOrDefaultAsync(v => v.Indicator.Code == UrbanWaste && v.Unit!.Code == unit && v.Year == year));

    private static string Errors(JsonElement body) => string.Join("\n", body.GetProperty("errors").EnumerateArray()
        .Select(e => $"{e.GetProperty("column").GetString()}{e.GetProperty("row").GetInt32()}: {e.GetProperty("en").GetString()}"));

    [Fact]
    public async Task A_count_typed_1_730_is_one_thousand_seven_hundred_thirty_and_in_a_decimal_field_is_refused_as_ambiguous()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);

        var counts = await UploadAsync(coordinator, Workbook(["72", "Tây Ninh", 2015, "1.730", "2.000", null, "Sở", null]));
        var before = await CountValuesAsync(App);
        var share = await UploadAsync(coordinator, Workbook(["70", "Bình Phước", 2015, null, null, "1.730", "Sở", null]));

        Assert.Equal(HttpStatusCode.OK, counts.Status);
        var stored = await ValueAsync("72", 2015);
        Assert.Equal((1730m, 2000m, 86.5m), (stored!.Numerator, stored.Denominator, stored.Value));
        Assert.Equal(HttpStatusCode.BadRequest, share.Status);
        Assert.Contains("F2: ", Errors(share.Body), StringComparison.Ordinal);
        Assert.Contains("ambiguous", Errors(share.Body), StringComparison.Ordinal);
        Assert.Equal(before, await CountValuesAsync(App));
    }

    [Fact]
    public async Task An_unchanged_re_upload_writes_no_row_and_keeps_the_state()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var file = Workbook(["72", "Tây Ninh", 2016, 500, 600, null, "Sở", "lần 1"], ["70", "Bình Phước", 2016, 400, 500, null, "Sở", null]);
        var first = await UploadAsync(coordinator, file);
        var audit = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(IndicatorValue)));

        var again = await UploadAsync(coordinator, file);

        Assert.Equal((HttpStatusCode.OK, 2), (first.Status, first.Body.GetProperty("saved").GetInt32()));
        Assert.Equal((HttpStatusCode.OK, 0, 2), (again.Status, again.Body.GetProperty("saved").GetInt32(), again.Body.GetProperty("unchanged").GetInt32()));
        Assert.Equal(audit, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(IndicatorValue))));
        Assert.Equal(ValueState.Draft, (await ValueAsync("72", 2016))!.State);
    }

    [Fact]
    public async Task An_approved_value_stays_approved_unless_the_coordinator_chooses_to_reopen_it_and_the_audit_says_who()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator, username: "coord-reopens");
        await PutOkAsync(coordinator, UrbanWaste, Item("72", 2017, numerator: 500, denominator: 600));
        var changed = Workbook(["72", "Tây Ninh", 2017, 510, 600, null, "Sở", null]);

        var refused = await UploadAsync(coordinator, changed);
        var kept = await ValueAsync("72", 2017);
        var reopened = await UploadAsync(coordinator, changed, "?reopenApproved=true");
        var replaced = await ValueAsync("72", 2017);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("approved", Errors(refused.Body), StringComparison.Ordinal);
        Assert.Equal((ValueState.Approved, 500m), (kept!.State, kept.Numerator));
        Assert.Equal(HttpStatusCode.OK, reopened.Status);
        Assert.Equal((ValueState.Draft, 510m), (replaced!.State, replaced.Numerator));
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(IndicatorValue) && a.EntityKey == replaced.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal("coord-reopens", audit[^1].Actor);
        Assert.Equal(AuditAction.Update, audit[^1].Action);
        Assert.Contains("Approved", audit[^1].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_formula_saved_without_its_value_is_refused_with_a_message_that_says_so()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var before = await CountValuesAsync(App);

        var response = await UploadAsync(coordinator, Workbook(["72", "Tây Ninh", 2018, new Formula("B7/C7"), 600, null, "Sở", null]));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var errors = Errors(response.Body);
        Assert.Contains("D2: the cell holds the formula =B7/C7 but the file carries no computed value", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("numerator and denominator", errors, StringComparison.Ordinal);
        Assert.Equal(before, await CountValuesAsync(App));
    }
}
