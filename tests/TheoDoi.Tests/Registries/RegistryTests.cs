using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MiniExcelLibs;
using TheoDoi.Accounts;
using static TheoDoi.Tests.Indicators.IndicatorTestKit;
using RegistryEndpoints = TheoDoi.Registries.RegistryEndpoints;

namespace TheoDoi.Tests.Registries;

/// <summary>The park register and waste statistics: indicator 1 at a date, indicators 2 and 3 computed, audit, XLSX, permissions.</summary>
public sealed class RegistryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private static async Task<int> CreateParkAsync(HttpClient client, string code, string unit, string since, bool plant = true)
    {
        var response = await client.PostAsJsonAsync("/api/v1/registries/parks", new
        {
            code,
            name = "KCN thử " + code,
            kind = "industrial-park",
            unit,
            operatingSince = since,
            state = "operating",
            hasCentralPlant = plant,
            plantSince = since,
            plantCapacity = 5000,
            connectedToAutoMonitoring = true,
        }, Json.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task CheckAsync(HttpClient client, int id, string date, bool meets)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/registries/parks/{id}/checks", new { date, meetsStandard = meets, method = "inspection", reference = "Biên bản số 12/BB" }, Json.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Indicator_1_at_a_date_counts_operating_parks_with_a_compliant_plant_and_lists_them()
    {
        var steward = await App.ClientAsAsync(Roles.DataSteward);
        var a = await CreateParkAsync(steward, "T-BD1", "74", "2010-01-01");
        var b = await CreateParkAsync(steward, "T-BD2", "74", "2012-01-01");
        var c = await CreateParkAsync(steward, "T-VT1", "77", "2015-01-01");
        await CreateParkAsync(steward, "T-VT2", "77", "2024-03-01", plant: false);
        await CheckAsync(steward, a, "2023-05-01", true);
        await CheckAsync(steward, b, "2023-05-01", true);
        await CheckAsync(steward, b, "2024-06-01", false); // the latest check counts
        await CheckAsync(steward, c, "2024-02-01", true);

        var at2023 = await steward.GetFromJsonAsync<List<RegistryEndpoints.IndicatorRowDto>>("/api/v1/registries/parks/indicator?at=2023-12-31", Json.Options);
        var at2024 = await steward.GetFromJsonAsync<List<RegistryEndpoints.IndicatorRowDto>>("/api/v1/registries/parks/indicator?at=2024-12-31", Json.Options);
        var today = await steward.GetFromJsonAsync<List<RegistryEndpoints.IndicatorRowDto>>("/api/v1/registries/parks/indicator", Json.Options);

        var bd23 = at2023!.Single(r => r.Unit == "74");
        Assert.Equal((2, 2), (bd23.Compliant, bd23.Operating));
        Assert.Equal(["T-BD1"], at2024!.Single(r => r.Unit == "74").CompliantParks);
        Assert.Equal((1, 2), (at2024!.Single(r => r.Unit == "77").Compliant, at2024!.Single(r => r.Unit == "77").Operating));
        // After the arrangement the parks of Bình Dương and Bà Rịa - Vũng Tàu are held by HCMC.
        var hcmc = today!.Single(r => r.Unit == "79");
        Assert.Equal((2, 4), (hcmc.Compliant, hcmc.Operating));
        Assert.Equal(50, hcmc.Value);

        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        var computed = await coordinator.PostAsJsonAsync($"/api/v1/registries/compute/{Parks}", new { year = 2024 });
        Assert.Equal(HttpStatusCode.OK, computed.StatusCode);
        var values = await ValuesAsync(coordinator, Parks, "?from=2024&to=2024");
        var cell = Cell(values, "79", 2024);
        Assert.Equal(2, cell.Numerator);
        Assert.Equal(4, cell.Denominator);
        Assert.True(cell.Provisional); // computed values await approval
        var audit = await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "IndustrialPark" || e.Entity == "ParkComplianceCheck"));
        Assert.True(audit >= 8);
    }

    [Fact]
    public async Task Waste_statistics_feed_indicators_2_and_3_and_impossible_figures_are_refused()
    {
        var reporter = await App.ClientAsAsync(Roles.Reporter, "75");
        var refused = await reporter.PutAsJsonAsync("/api/v1/registries/waste", new
        {
            items = new object[]
            {
                new { unit = "75", year = 2023, urbanGenerated = 2000, urbanCollected = 2100, urbanTreated = 1800, hazardousGenerated = 80000, hazardousTreated = 70000 },
            },
        });
        var other = await reporter.PutAsJsonAsync("/api/v1/registries/waste", new { items = new object[] { new { unit = "79", year = 2023, urbanGenerated = 1 } } });
        var saved = await reporter.PutAsJsonAsync("/api/v1/registries/waste", new
        {
            items = new object[]
            {
                new { unit = "75", year = 2023, urbanGenerated = 2000, urbanCollected = 1950, urbanTreated = 1800, hazardousGenerated = 80000, hazardousTreated = 76000 },
                new { unit = "70", year = 2023, urbanGenerated = 600, urbanCollected = 560, urbanTreated = 500, hazardousGenerated = 8000, hazardousTreated = 7000 },
            },
        });
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        await coordinator.PostAsJsonAsync($"/api/v1/registries/compute/{UrbanWaste}", new { year = 2023, approve = true });
        await coordinator.PostAsJsonAsync($"/api/v1/registries/compute/{Hazardous}", new { year = 2023, approve = true });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Collected exceeds generated", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var urban = Cell(await ValuesAsync(coordinator, UrbanWaste, "?from=2023&to=2023"), "75", 2023);
        Assert.Equal(2300, urban.Numerator);
        Assert.Equal(2600, urban.Denominator);
        Assert.Equal(88.46, urban.Value);
        Assert.Equal(94.32, Cell(await ValuesAsync(coordinator, Hazardous, "?from=2023&to=2023"), "75", 2023).Value);
    }

    [Fact]
    public async Task Registry_xlsx_import_is_all_or_nothing_and_the_export_reads_back()
    {
        var coordinator = await App.ClientAsAsync(Roles.Coordinator);
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            ["KCN"] = new List<Dictionary<string, object?>>
            {
                new() { ["Mã KCN"] = "X-TN1", ["Tên"] = "KCN thử Tây Ninh", ["Loại (KCN/KCX)"] = "KCN", ["Mã tỉnh"] = "72", ["Diện tích (ha)"] = 300, ["Hoạt động từ"] = "01/01/2015", ["Trạng thái"] = "Đang hoạt động", ["Có NMXLNT tập trung"] = "Có" },
                new() { ["Mã KCN"] = "X-TN2", ["Tên"] = "KCN thử 2", ["Loại (KCN/KCX)"] = "KCN", ["Mã tỉnh"] = "72", ["Diện tích (ha)"] = "rộng", ["Hoạt động từ"] = "01/01/2016", ["Trạng thái"] = "Đang hoạt động", ["Có NMXLNT tập trung"] = "Có" },
            },
            ["Kiem tra"] = new List<Dictionary<string, object?>>
            {
                new() { ["Mã KCN"] = "X-TN1", ["Ngày"] = "10/11/2024", ["Đạt quy chuẩn"] = "Có", ["Hình thức"] = "Kiểm tra, thanh tra", ["Văn bản, kết quả"] = "BB 1" },
            },
        });
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "kcn.xlsx");
        using var session = new BrowserlessSession(App);
        var password = await App.AddUserAsync("registry-import", Roles.Coordinator);
        await session.SignInAsync("registry-import", password);
        var page = await session.GetAsync("/registries/parks");
        form.Add(new StringContent(BrowserlessSession.AntiforgeryToken(await page.Content.ReadAsStringAsync())), "__RequestVerificationToken");

        var response = await session.PostAsync("/registries/parks?handler=import", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Trang tính KCN, dòng 3, cột E (Diện tích (ha)): &quot;rộng&quot; không phải là số.", html, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.IndustrialParks.CountAsync(p => p.Code.StartsWith("X-"))));

        var export = await (await session.GetAsync("/registries/parks?handler=export")).Content.ReadAsByteArrayAsync();
        using var exported = new MemoryStream(export);
        Assert.Equal(["KCN", "Kiem tra"], MiniExcel.GetSheetNames(exported));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/v1/registries/waste?year=2023")).StatusCode);
    }

    [Fact]
    public async Task Leaders_read_the_registers_but_change_nothing()
    {
        var leader = await App.ClientAsAsync(Roles.Leader);

        var create = await leader.PostAsJsonAsync("/api/v1/registries/parks", new { code = "L-1", name = "x", unit = "79" });
        var compute = await leader.PostAsJsonAsync($"/api/v1/registries/compute/{Parks}", new { year = 2024 });

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, compute.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/v1/registries/parks")).StatusCode);
    }

    [Fact]
    public async Task Register_workbook_dates_are_read_day_first_as_people_type_them()
    {
        using var session = new BrowserlessSession(App);
        await session.SignInAsync("registry-dates", await App.AddUserAsync("registry-dates", Roles.Coordinator));

        var refused = await ImportParksAsync(session, ("D-TN2", "31/02/2016"));
        var saved = await ImportParksAsync(session, ("D-TN1", "1.3.2015"), ("D-TN3", "01/02/2016"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("dòng 2, cột F (Hoạt động từ): &quot;31/02/2016&quot;: Ngày 31/02/2016 không có trên lịch.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var since = await App.WithDbAsync(db => db.IndustrialParks.Where(p => p.Code.StartsWith("D-TN")).OrderBy(p => p.Code).Select(p => p.OperatingSince).ToListAsync());
        Assert.Equal([new DateOnly(2015, 3, 1), new DateOnly(2016, 2, 1)], since);
    }

    [Fact]
    public async Task A_register_import_is_confirmed_in_the_readers_language()
    {
        using var session = new BrowserlessSession(App);
        await session.SignInAsync("registry-english", await App.AddUserAsync("registry-english", Roles.Coordinator));
        (await session.GetAsync("/language?c=en&returnUrl=/registries/parks")).Dispose();

        var saved = await ImportParksAsync(session, ("E-TN1", "01/01/2015"));
        var page = WebUtility.HtmlDecode(await (await session.GetAsync(saved.Headers.Location!.ToString())).Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Received kcn.xlsx: 1 row(s).", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã nhận tệp", page, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ImportParksAsync(BrowserlessSession session, params (string Code, string Since)[] parks)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            ["KCN"] = parks.Select(p => new Dictionary<string, object?>
            {
                ["Mã KCN"] = p.Code,
                ["Tên"] = "KCN " + p.Code,
                ["Loại (KCN/KCX)"] = "KCN",
                ["Mã tỉnh"] = "72",
                ["Diện tích (ha)"] = 100,
                ["Hoạt động từ"] = p.Since,
                ["Trạng thái"] = "Đang hoạt động",
                ["Có NMXLNT tập trung"] = "Có",
            }).ToList(),
            ["Kiem tra"] = new List<Dictionary<string, object?>> { new() { ["Mã KCN"] = null, ["Ngày"] = null, ["Đạt quy chuẩn"] = null, ["Hình thức"] = null, ["Văn bản, kết quả"] = null } },
        });
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "kcn.xlsx");
        form.Add(new StringContent(BrowserlessSession.AntiforgeryToken(await (await session.GetAsync("/registries/parks")).Content.ReadAsStringAsync())), "__RequestVerificationToken");
        return await session.PostAsync("/registries/parks?handler=import", form);
    }
}
