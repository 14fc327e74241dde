using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using TheoDoi.Accounts;
using static TheoDoi.Water.Licences.LicenceDtos;

namespace TheoDoi.Tests.Water.Licences;

/// <summary>Abstraction licences (Nghị định 54/2024): validation, compliance, expiry, restricted zones, XLSX and permissions, on the app's own clock (15/06/2026).</summary>
public sealed class LicenceApiTests : IAsyncLifetime
{
    private static readonly DateOnly s_today = new(2026, 6, 15);
    private TestApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await TestApp.StartAsync(new TestAppOptions(Clock: new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(7)))));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static object Licence(string number, string source = "ground", decimal max = 100, string from = "2025-01-01", string to = "2027-12-31", decimal lat = 10.8m, decimal lon = 106.7m) => new
    {
        number,
        holder = "Công ty Cấp nước Thử",
        source,
        waterBody = "qp2-3",
        province = "79",
        latitude = lat,
        longitude = lon,
        purpose = "cấp nước sinh hoạt",
        maxM3PerDay = max,
        validFrom = from,
        validTo = to,
        issuingBody = "Bộ Nông nghiệp và Môi trường",
        state = "active",
    };

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_licence_is_created_changed_and_audited_and_bad_ones_are_refused_with_the_field_named()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("12/GP-T"))).StatusCode);

        var backwards = await ProblemAsync(await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("13/GP-T", from: "2026-01-01", to: "2025-12-31")), HttpStatusCode.BadRequest);
        Assert.Contains("before valid from", backwards.GetProperty("errors")[0].GetProperty("en").GetString(), StringComparison.Ordinal);
        var zero = await ProblemAsync(await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("13/GP-T", max: 0)), HttpStatusCode.BadRequest);
        Assert.Equal("maxM3PerDay", zero.GetProperty("errors")[0].GetProperty("field").GetString());
        var river = await ProblemAsync(await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("13/GP-T", source: "river")), HttpStatusCode.BadRequest);
        Assert.Equal("source", river.GetProperty("errors")[0].GetProperty("field").GetString());
        var twice = await ProblemAsync(await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("12/gp-t")), HttpStatusCode.BadRequest);
        Assert.Equal("number", twice.GetProperty("errors")[0].GetProperty("field").GetString());

        var put = await steward.PutAsJsonAsync("/api/v1/water/licences/12%2Fgp-t", new { maxM3PerDay = 250 });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var read = await steward.GetFromJsonAsync<LicenceDto>("/api/v1/water/licences/12%2FGP-T", Json.Options);
        Assert.Equal((250m, "qp2-3"), (read!.MaxM3PerDay, read.WaterBody)); // fields left out keep their value
        var badPut = await steward.PutAsJsonAsync("/api/v1/water/licences/12%2FGP-T", new { validTo = "2024-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, badPut.StatusCode);
        Assert.Equal(new DateOnly(2027, 12, 31), (await steward.GetFromJsonAsync<LicenceDto>("/api/v1/water/licences/12%2FGP-T", Json.Options))!.ValidTo);

        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "WaterLicence")));
    }

    [Fact]
    public async Task Compliance_compares_each_month_with_the_maximum_times_its_days()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        const decimal max = 120m;
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("20/GP-T", max: max, from: "2025-02-10"));
        // February 2025 counts only its 19 valid days (10–28); April has 30 days, July 31.
        var feb = (max * 19) + 1;
        var apr = max * 30;
        var jul = (max * 31) - 1;
        var report = await steward.PutAsJsonAsync("/api/v1/water/licences/20%2FGP-T/volumes", new { items = new[] { new { year = 2025, month = 2, volumeM3 = feb }, new { year = 2025, month = 4, volumeM3 = apr }, new { year = 2025, month = 7, volumeM3 = jul } } });
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);

        var result = await steward.GetFromJsonAsync<ComplianceDto>("/api/v1/water/licences/20%2FGP-T/compliance?year=2025", Json.Options);
        var months = result!.Months.ToDictionary(m => m.Month);
        Assert.Equal(12, months.Count);
        Assert.Equal(Core.Water.Security.ComplianceStatus.NotValid, months[1].Status);
        Assert.Equal((max * 19, Core.Water.Security.ComplianceStatus.Over), (months[2].LicensedM3, months[2].Status));
        Assert.Equal((max * 30, Core.Water.Security.ComplianceStatus.Within), (months[4].LicensedM3, months[4].Status));
        Assert.Equal((max * 31, Core.Water.Security.ComplianceStatus.Within), (months[7].LicensedM3, months[7].Status));
        Assert.Equal(Core.Water.Security.ComplianceStatus.NoData, months[3].Status);

        var negative = await steward.PutAsJsonAsync("/api/v1/water/licences/20%2FGP-T/volumes", new { items = new[] { new { year = 2025, month = 13, volumeM3 = -1m } } });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
    }

    [Fact]
    public async Task A_metered_work_counts_each_day_as_the_mean_of_its_QA_readings()
    {
        // Thông tư 17/2021/TT-BTNMT: the work's meter sends QA (m³/day) several times a day to a station linked to the licence.
        var registered = await Tests.Water.StationTypesTests.RegisterAsync(_app, Tests.Water.StationTypesTests.Head + "GW-QA,Giếng khai thác thử,automatic,10.80,106.70,,,,false,groundwater,qp2-3,,,\n");
        Assert.True(registered.IsDone);
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        var licence = JsonSerializer.SerializeToElement(Licence("21/GP-T", max: 120), Json.Options).Deserialize<Dictionary<string, object?>>(Json.Options)!;
        licence["stationCode"] = "GW-QA";
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync("/api/v1/water/licences", licence)).StatusCode);

        // Ten days of March 2025, four readings a day; the 5th runs at 150 m³/day, over the 120 allowed.
        var csv = new StringBuilder(Tests.Water.WaterImportTests.Header);
        for (var day = 1; day <= 10; day++)
        {
            foreach (var hour in new[] { 0, 6, 12, 18 })
            {
                csv.Append(CultureInfo.InvariantCulture, $"GW-QA,2025-03-{day:00}T{hour:00}:00:00+07:00,QA,{(day == 5 ? 150 : 100)},m³/day,\n");
            }
        }

        var import = await steward.PostAsync("/api/v1/water/observations/import", Tests.Water.WaterImportTests.File(csv.ToString(), qc: "validated"));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());

        var result = await steward.GetFromJsonAsync<ComplianceDto>("/api/v1/water/licences/21%2FGP-T/compliance?year=2025", Json.Options);
        var march = result!.Months.Single(m => m.Month == 3);
        // 9 × 100 + 150 m³, far under 120 × 31, but one day over the daily maximum makes the month over.
        Assert.Equal((1050m, 1, Core.Water.Security.ComplianceStatus.Over), (march.AbstractedM3, march.DaysOver, march.Status));
    }

    [Fact]
    public async Task Licences_ending_within_90_days_are_flagged()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("30/GP-T", to: s_today.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("31/GP-T", to: s_today.AddDays(91).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        var all = await steward.GetFromJsonAsync<List<LicenceDto>>("/api/v1/water/licences", Json.Options);
        Assert.True(all!.Single(l => l.Number == "30/GP-T").ExpiringWithin90Days);
        Assert.False(all!.Single(l => l.Number == "31/GP-T").ExpiringWithin90Days);
    }

    private static string Zones(string ring, string crs = "") =>
        "{\"type\":\"FeatureCollection\"" + crs + ",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Vùng hạn chế thử\",\"decision\":\"3225/QĐ-UBND\",\"validFrom\":\"2024-08-15\",\"kind\":\"restricted\"},"
        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}";

    private const string Square = "[[106.6,10.7],[106.8,10.7],[106.8,10.9],[106.6,10.9],[106.6,10.7]]";

    [Fact]
    public async Task Bad_zones_are_refused_naming_the_feature_and_a_groundwater_work_inside_one_is_flagged()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        static StringContent Body(string text) => new(text, Encoding.UTF8, "application/geo+json");
        var unclosed = await ProblemAsync(await steward.PostAsync("/api/v1/water/zones", Body(Zones("[[106.6,10.7],[106.8,10.7],[106.8,10.9],[106.6,10.9]]"))), HttpStatusCode.BadRequest);
        Assert.Contains("Feature 0: ring 0 is not closed", unclosed.GetProperty("errors")[0].GetProperty("en").GetString(), StringComparison.Ordinal);
        var range = await ProblemAsync(await steward.PostAsync("/api/v1/water/zones", Body(Zones("[[700000,1190000],[106.8,10.7],[106.8,10.9],[700000,1190000]]"))), HttpStatusCode.BadRequest);
        Assert.Contains("outside longitude", range.GetProperty("errors")[0].GetProperty("en").GetString(), StringComparison.Ordinal);
        var crs = await ProblemAsync(await steward.PostAsync("/api/v1/water/zones", Body(Zones(Square, ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:32648\"}}"))), HttpStatusCode.BadRequest);
        Assert.Contains("EPSG:32648", crs.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _app.WithDbAsync(db => db.GroundwaterZones.CountAsync()));

        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsync("/api/v1/water/zones", Body(Zones(Square)))).StatusCode);
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("40/GP-T", lat: 10.8m, lon: 106.7m));
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("41/GP-T", source: "surface", lat: 10.8m, lon: 106.7m));
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("42/GP-T", lat: 11.2m, lon: 106.7m));

        var all = (await steward.GetFromJsonAsync<List<LicenceDto>>("/api/v1/water/licences", Json.Options))!.ToDictionary(l => l.Number);
        Assert.Equal("3225/QĐ-UBND", Assert.Single(all["40/GP-T"].RestrictedZones).Decision);
        Assert.Empty(all["41/GP-T"].RestrictedZones); // surface water is not restricted by a groundwater zone
        Assert.Empty(all["42/GP-T"].RestrictedZones);
        var zones = await steward.GetFromJsonAsync<List<ZoneDto>>("/api/v1/water/zones", Json.Options);
        Assert.Equal(["40/GP-T"], Assert.Single(zones!).GroundwaterLicences);
    }

    [Fact]
    public async Task A_zone_imported_again_with_a_corrected_boundary_replaces_the_one_held()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        static StringContent Body(string text) => new(text, Encoding.UTF8, "application/geo+json");
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsync("/api/v1/water/zones", Body(Zones(Square)))).StatusCode);
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("45/GP-T", lat: 10.8m, lon: 106.7m));

        // The same decision's zone, redrawn further north: the work at 10.8 N is now outside it.
        var response = await steward.PostAsync("/api/v1/water/zones", Body(Zones("[[106.6,10.85],[106.8,10.85],[106.8,10.9],[106.6,10.9],[106.6,10.85]]")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.GroundwaterZones.CountAsync()));
        var licence = await steward.GetFromJsonAsync<LicenceDto>("/api/v1/water/licences/45%2FGP-T", Json.Options);
        Assert.Empty(licence!.RestrictedZones);
    }

    [Fact]
    public async Task The_xlsx_export_reads_back_and_an_import_with_one_bad_cell_saves_nothing()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("50/GP-T"));
        await steward.PutAsJsonAsync("/api/v1/water/licences/50%2FGP-T/volumes", new { items = new[] { new { year = 2025, month = 3, volumeM3 = 2500m } } });

        var export = await steward.GetByteArrayAsync("/api/v1/water/licences/export");
        var rows = new MemoryStream(export).Query(useHeaderRow: true, sheetName: "Giay phep").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("50/GP-T", Assert.Single(rows)["Số giấy phép"]);
        var volumes = new MemoryStream(export).Query(useHeaderRow: true, sheetName: "San luong").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2500d, Convert.ToDouble(Assert.Single(volumes)["Sản lượng khai thác (m³)"], CultureInfo.InvariantCulture));

        var good = new Dictionary<string, object?>(rows[0]) { ["Số giấy phép"] = "51/GP-T" };
        var bad = new Dictionary<string, object?>(rows[0]) { ["Số giấy phép"] = "52/GP-T", ["Có hiệu lực đến"] = new DateTime(2020, 1, 1) };
        var file = new MemoryStream();
        await file.SaveAsAsync(new Dictionary<string, object> { ["Giay phep"] = new[] { good, bad }, ["San luong"] = volumes });
        var form = new MultipartFormDataContent { { new ByteArrayContent(file.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") } }, "file", "gp.xlsx" } };
        var refused = await ProblemAsync(await steward.PostAsync("/api/v1/water/licences/import", form), HttpStatusCode.BadRequest);
        var error = refused.GetProperty("errors")[0];
        Assert.Equal(("Giay phep", 3, "K"), (error.GetProperty("sheet").GetString(), error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(1, await _app.WithDbAsync(db => db.WaterLicences.CountAsync())); // 51 was not kept

        file = new MemoryStream();
        await file.SaveAsAsync(new Dictionary<string, object> { ["Giay phep"] = new[] { good }, ["San luong"] = volumes });
        form = new MultipartFormDataContent { { new ByteArrayContent(file.ToArray()), "file", "gp.xlsx" } };
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsync("/api/v1/water/licences/import", form)).StatusCode);
        Assert.Equal(2, await _app.WithDbAsync(db => db.WaterLicences.CountAsync()));
    }

    [Fact]
    public async Task Only_stewards_and_admins_write_signed_in_users_read_and_the_public_sees_no_holder()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        await steward.PostAsJsonAsync("/api/v1/water/licences", Licence("60/GP-T"));
        var anonymous = _app.CreateClient();
        var reporter = await _app.ClientAsAsync(Roles.Reporter, "79");
        var admin = await _app.ClientAsAsync(Roles.Admin);

        string[] reads = ["/api/v1/water/licences", "/api/v1/water/licences/60%2FGP-T", "/api/v1/water/licences/60%2FGP-T/compliance?year=2025", "/api/v1/water/zones", "/api/v1/water/licences/export"];
        foreach (var url in reads)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reporter.GetAsync(url)).StatusCode);
        }

        foreach (var url in reads.Take(4).Select(u => u.Replace("/api/v1/water", "/api/v1/public/water", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        }

        var open = await anonymous.GetFromJsonAsync<LicenceDto>("/api/v1/public/water/licences/60%2FGP-T", Json.Options);
        Assert.Null(open!.Holder);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await anonymous.PostAsJsonAsync("/api/v1/public/water/licences", Licence("61/GP-T"))).StatusCode);

        async Task<HttpStatusCode[]> WritesAsync(HttpClient client, string number) =>
        [
            (await client.PostAsJsonAsync("/api/v1/water/licences", Licence(number))).StatusCode,
            (await client.PutAsJsonAsync("/api/v1/water/licences/60%2FGP-T", new { purpose = "tưới" })).StatusCode,
            (await client.PutAsJsonAsync("/api/v1/water/licences/60%2FGP-T/volumes", new { items = new[] { new { year = 2025, month = 1, volumeM3 = 1m } } })).StatusCode,
            (await client.PostAsync("/api/v1/water/licences/import", new MultipartFormDataContent { { new ByteArrayContent([1, 2]), "file", "x.xlsx" } })).StatusCode,
            (await client.PostAsync("/api/v1/water/zones", new StringContent(Zones(Square), Encoding.UTF8, "application/json"))).StatusCode,
        ];

        Assert.All(await WritesAsync(anonymous, "62/GP-T"), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.All(await WritesAsync(reporter, "63/GP-T"), s => Assert.Equal(HttpStatusCode.Forbidden, s));
        var byAdmin = await WritesAsync(admin, "64/GP-T");
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK], byAdmin); // the two bytes are no workbook
        Assert.Equal(2, await _app.WithDbAsync(db => db.WaterLicences.CountAsync()));
    }
}
