using System.Security.Claims;
using MiniExcelLibs;
using TheoDoi.Accounts;
using TheoDoi.Core.Texts;
using TheoDoi.Registries;
using TheoDoi.Shared;
using TheoDoi.Water;
using static TheoDoi.Tests.Indicators.IndicatorTestKit;
using static TheoDoi.Tests.Reporting.ReportingKit;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// Text typed by a user never arrives as a live formula in a ministry clerk's spreadsheet: every CSV and
/// XLSX export prefixes a text starting with = + - @ with a quote, and our own workbooks read back the
/// value as typed.
/// </summary>
public sealed class ExportFormulaInjectionTests
{
    private const string Formula = "=HYPERLINK(\"http://x\",\"click\")";
    private const string Neutral = "'" + Formula;

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+84 28 1234", "'+84 28 1234")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Bình thường", "Bình thường")]
    [InlineData("", "")]
    public void The_OWASP_rule_prefixes_formula_starts_and_the_inverse_restores_them(string text, string expected)
    {
        Assert.Equal(expected, SpreadsheetText.Neutralise(text));
        Assert.Equal(text, SpreadsheetText.Restore(SpreadsheetText.Neutralise(text)));
        Assert.Equal(-5.5m, SpreadsheetText.Neutralise((object)(-5.5m)));
    }

    private static List<IDictionary<string, object?>> Sheet(byte[] xlsx, string sheet) =>
        new MemoryStream(xlsx).Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();

    private static ClaimsPrincipal Coordinator() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "coordinator-test"), new Claim(ClaimTypes.Role, Roles.Coordinator)], "test"));

    [Fact]
    public async Task An_approved_comment_is_neutralised_in_the_public_CSV_and_the_template_and_survives_re_import()
    {
        await using var app = await TestApp.StartAsync();
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(coordinator, UrbanWaste, new { unit = "72", year = 2022, numerator = 70m, denominator = 100m, comment = Formula, source = "@nguồn", state = "approved" });

        var csv = await app.CreateClient().GetStringAsync($"/api/v1/public/indicators/{UrbanWaste}/values?by=old&format=csv");
        var template = await coordinator.GetByteArrayAsync("/api/v1/indicators/template?year=2022&units=72");

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",'@nguồn,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
        var row = Sheet(template, UrbanWaste).Single(r => Equals(r["Mã đơn vị"], "72"));
        Assert.Equal(Neutral, row["Ghi chú"]);
        Assert.Equal("'@nguồn", row["Nguồn"]);

        // The coordinator changes the approved numerator in the template and uploads it again, choosing to
        // reopen approved values: the comment is kept as typed.
        row["Tử số"] = 71m;
        row["Giá trị"] = null;
        var edited = new MemoryStream();
        edited.SaveAs(new Dictionary<string, object> { [UrbanWaste] = new[] { row } });
        using var form = new MultipartFormDataContent { { new ByteArrayContent(edited.ToArray()), "file", "mau.xlsx" } };
        var upload = await coordinator.PostAsync("/api/v1/indicators/import?reopenApproved=true", form);
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var stored = await app.WithDbAsync(db => db.IndicatorValues.SingleAsync(v => v.Year == 2022 && v.Unit!.Code == "72" && v.Indicator.Code == UrbanWaste));
        Assert.Equal((71m, Formula, "@nguồn"), (stored.Numerator!.Value, stored.Comment, stored.Source));
    }

    [Fact]
    public async Task A_station_coded_as_a_formula_is_neutralised_in_its_water_CSV_and_the_CSV_imports_again_unchanged()
    {
        await using var app = await TestApp.StartAsync();
        await app.WithDbAsync(async db =>
        {
            db.WaterStations.Add(new WaterStation { Code = "=1+2", Name = "Trạm thử", BasinId = await db.WaterBasins.Select(b => b.Id).FirstAsync() });
            return await db.SaveChangesAsync();
        });
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        var csv = TheoDoi.Tests.Water.WaterImportTests.Header + TheoDoi.Tests.Water.WaterImportTests.Sample("=1+2", "2026-01-10T09:00:00+07:00");
        (await steward.PostAsync("/api/v1/water/observations/import", TheoDoi.Tests.Water.WaterImportTests.File(csv, qc: "validated"))).EnsureSuccessStatusCode();

        var export = await app.CreateClient().GetStringAsync("/api/v1/public/water/stations/=1+2/export?format=csv&from=2026-01-01&to=2026-12-31");
        var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Equal(9, lines.Count);
        Assert.All(lines, l => Assert.StartsWith("'=1+2,", l, StringComparison.Ordinal));
        var again = await (await steward.PostAsync("/api/v1/water/observations/import", TheoDoi.Tests.Water.WaterImportTests.File(export))).Content.ReadFromJsonAsync<WaterDtos.ImportResultDto>(Json.Options);
        Assert.Equal((0L, 0L, 9L), (again!.Inserted, again.Updated, again.Unchanged));
    }

    [Fact]
    public async Task Registry_workbooks_neutralise_text_and_read_it_back_as_typed()
    {
        await using var app = await TestApp.StartAsync();
        var coordinator = await app.ClientAsAsync(Roles.Coordinator);
        var waste = await coordinator.PutAsJsonAsync("/api/v1/registries/waste", new
        {
            items = new[] { new { unit = "72", year = 2023, urbanGenerated = 100m, urbanCollected = 90m, urbanTreated = 80m, hazardousGenerated = 10m, hazardousTreated = 9m, source = Formula, note = "-ghi chú" } },
        }, Json.Options);
        Assert.True(waste.IsSuccessStatusCode, await waste.Content.ReadAsStringAsync());
        var park = await coordinator.PostAsJsonAsync("/api/v1/registries/parks", new { code = "KCN-THU", name = "=1+2", unit = "72", note = Formula }, Json.Options);
        Assert.True(park.IsSuccessStatusCode, await park.Content.ReadAsStringAsync());

        var wasteBook = (await app.WithAsync<RegistryWorkbook, MemoryStream>(w => w.ExportWasteAsync(2023, default))).ToArray();
        var parkBook = (await app.WithAsync<RegistryWorkbook, MemoryStream>(w => w.ExportParksAsync(default))).ToArray();

        var wasteRow = Sheet(wasteBook, RegistryWorkbook.WasteSheet).Single();
        Assert.Equal((Neutral, "'-ghi chú"), (wasteRow["Nguồn"], wasteRow["Ghi chú"]));
        Assert.Equal(100m, Convert.ToDecimal(wasteRow["CTRSH đô thị phát sinh (tấn/ngày)"], System.Globalization.CultureInfo.InvariantCulture));
        var parkRow = Sheet(parkBook, RegistryWorkbook.ParkSheet).Single(r => Equals(r["Mã KCN"], "KCN-THU"));
        Assert.Equal(("'=1+2", Neutral), (parkRow["Tên"], parkRow["Ghi chú"]));

        var imported = await app.WithAsync<RegistryWorkbook, UseCaseResult<int>>(w => w.ImportWasteAsync(new MemoryStream(wasteBook), "chat-thai.xlsx", Coordinator(), default));
        Assert.True(imported.IsDone, string.Join("; ", imported.Messages.Select(m => m.En)));
        var stored = await app.WithDbAsync(db => db.WasteStatistics.SingleAsync(w => w.Year == 2023 && w.Unit.Code == "72"));
        Assert.Equal((Formula, "-ghi chú"), (stored.Source, stored.Note));
    }

    [Fact]
    public async Task Task_results_are_neutralised_in_the_consolidated_annex()
    {
        await using var kit = await StartAsync();
        var environment = await kit.ReporterAsync("CMT");
        var task = (await ReportAsync(environment, "CMT")).Tasks.Single(t => t.Code == "6.2");
        (await SaveAsync(environment, "CMT", new
        {
            tasks = new[] { new { planItemId = task.PlanItemId, status = "in-progress", results = Formula } },
        })).EnsureSuccessStatusCode();
        (await PostAsync(environment, "CMT", "submit")).EnsureSuccessStatusCode();
        (await PostAsync(kit.Coordinator, "CMT", "accept")).EnsureSuccessStatusCode();

        var annex = await kit.Coordinator.GetByteArrayAsync("/api/v1/reporting/cycles/2026/consolidated?format=xlsx");

        // The annex has a title row and a banner above its headers: look at every cell below them.
        var rows = new MemoryStream(annex).Query(useHeaderRow: false, sheetName: TheoDoi.Reporting.ConsolidatedXlsx.TasksSheet)
            .Cast<IDictionary<string, object?>>().Skip(3).ToList();
        Assert.Contains(rows, r => r.Values.Any(v => Equals(v, Neutral)));
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v is string text && SpreadsheetText.IsRisky(text)));
    }

    [Fact]
    public async Task Task_titles_are_neutralised_in_the_task_list_workbook()
    {
        await using var app = await TestApp.StartAsync();
        await app.WithDbAsync(async db =>
        {
            var item = await db.PlanItems.FirstAsync(p => p.Code == "6.2");
            item.Title = Formula;
            return await db.SaveChangesAsync();
        });
        var password = await app.AddUserAsync("export-coordinator", Roles.Coordinator);
        using var session = new BrowserlessSession(app);
        await session.SignInAsync("export-coordinator", password);

        var response = await session.GetAsync("/tasks?handler=export");
        response.EnsureSuccessStatusCode();

        var row = new MemoryStream(await response.Content.ReadAsByteArrayAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Single(r => Equals(r["Mã"], "6.2"));
        Assert.Equal(Neutral, row["Nhiệm vụ"]);
    }
}
