using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TheoDoi.Accounts;
using TheoDoi.Audit;
using TheoDoi.Core.Water;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>The import over HTTP: all or nothing with named errors, idempotent, audited updates, both layouts.</summary>
public sealed class WaterImportTests
{
    internal const string Header = "station,time,parameter,value,unit,qualifier\n";

    internal static MultipartFormDataContent File(string content, string name = "obs.csv", string? qc = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        if (qc is not null)
        {
            form.Add(new StringContent(qc), "qc");
        }

        return form;
    }

    internal static string Sample(string station, string time, decimal doValue = 5.7m, decimal bod = 20m) =>
        $"{station},{time},pH,7.2,,\n{station},{time},DO,{doValue.ToString(CultureInfo.InvariantCulture)},mg/L,\n{station},{time},temp,27.5,°C,\n" +
        $"{station},{time},BOD5,{bod.ToString(CultureInfo.InvariantCulture)},mg/L,\n{station},{time},COD,25,mg/L,\n{station},{time},NH4_N,200,µg/L,\n" +
        $"{station},{time},PO4_P,0.3,mg/L,\n{station},{time},coliform,10000,MPN/100mL,\n{station},{time},As,0.02,mg/L,<\n";

    /// <summary>The API answers refusals in the caller's language; the language cookie asks for English.</summary>
    internal static void InEnglish(HttpClient client) =>
        client.DefaultRequestHeaders.Add("Cookie", $"{TheoDoi.Web.Language.CookieName}=c%3Den-GB%7Cuic%3Den-GB");

    private static Task<long> CountAsync(TestApp app) => app.WithDbAsync(db => db.WaterObservations.LongCountAsync());

    public static TheoryData<string, int, string?, string> BadFiles => new()
    {
        { Header + "SG-01,2026-03-10T09:00:00+07:00,DO,5.x,mg/L,\n", 2, "value", "not a number" },
        { Header + "XX-99,2026-03-10T09:00:00+07:00,DO,5,mg/L,\n", 2, "station", "unknown station" },
        { Header + "SG-01,2026-03-10T09:00:00+07:00,DOO,5,mg/L,\n", 2, "parameter", "unknown parameter" },
        { Header + "SG-01,2026-02-30T09:00:00+07:00,DO,5,mg/L,\n", 2, "time", "impossible date" },
        { Header + "SG-01,2026-03-10T09:00:00+07:00,DO,5,NTU,\n", 2, "unit", "does not measure" },
        { Header + "SG-01,2026-03-10T09:00:00+07:00,temp,80,°F,\n", 2, "unit", "offset" },
        { Header + "SG-01,2026-03-10T09:00:00+07:00,DO,5,mg/L,\nSG-01,2026-03-10T09:00:00+07:00,DO,6,mg/L,\n", 3, null, "duplicate" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Every_error_kind_is_named_by_row_column_and_reason_and_nothing_is_written(string content, int row, string? column, string reason)
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        InEnglish(steward); // the reasons below are the English texts
        // A good sample first, so that "nothing written" also covers rows before the bad one.
        var response = await steward.PostAsync("/api/v1/water/observations/import", File(content.Replace(Header, Header + Sample("SG-02", "2026-03-10T09:00:00+07:00"), StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == row + 9
            && (column is null ? e.GetProperty("column").ValueKind == JsonValueKind.Null : e.GetProperty("column").GetString() == column)
            && e.GetProperty("reason").GetString()!.Contains(reason, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await CountAsync(app));
        Assert.Equal(0, await app.WithDbAsync(db => db.WaterImportBatches.CountAsync()));
    }

    [Fact]
    public async Task A_file_with_more_errors_than_listed_gives_their_total_and_says_how_many_are_not_shown()
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        InEnglish(steward);
        const int bad = ImportObservations.MaxErrorsListed + 50;
        var content = Header + string.Concat(Enumerable.Range(0, bad).Select(i => $"XX-{i},2026-03-10T09:00:00+07:00,DO,5,mg/L,\n"));

        var response = await steward.PostAsync("/api/v1/water/observations/import", File(content));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ImportObservations.MaxErrorsListed, problem.RootElement.GetProperty("errors").GetArrayLength());
        Assert.Equal(bad, problem.RootElement.GetProperty("errorCount").GetInt64());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith($"{bad} problem(s), nothing was written: row 2, column station:", detail, StringComparison.Ordinal);
        Assert.EndsWith($"… and {bad - 3} more.", detail, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task A_duplicate_in_a_later_batch_is_found_through_the_database()
    {
        await using var app = await TestApp.StartAsync();
        var rows = new StringBuilder(Header);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        for (var i = 0; i < ImportObservations.BatchSize + 10; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"SG-01,{start.AddMinutes(i):yyyy-MM-dd'T'HH:mm:sszzz},EC,{i % 500},µS/cm,\n");
        }

        rows.Append(CultureInfo.InvariantCulture, $"SG-01,{start:yyyy-MM-dd'T'HH:mm:sszzz},EC,1,µS/cm,\n");
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        InEnglish(steward);

        var response = await steward.PostAsync("/api/v1/water/observations/import", File(rows.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("duplicate", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app));
    }

    [Fact]
    public async Task Reimporting_changes_nothing_and_a_changed_value_is_an_audited_update()
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward, username: "steward-audit");
        var file = Header + Sample("SG-03", "2026-03-10T09:00:00+07:00") + Sample("SG-03", "2026-04-10T09:00:00+07:00");

        var first = await (await steward.PostAsync("/api/v1/water/observations/import", File(file))).Content.ReadFromJsonAsync<WaterDtos.ImportResultDto>(Json.Options);
        var again = await (await steward.PostAsync("/api/v1/water/observations/import", File(file))).Content.ReadFromJsonAsync<WaterDtos.ImportResultDto>(Json.Options);
        var changed = await (await steward.PostAsync("/api/v1/water/observations/import", File(file.Replace("BOD5,20,", "BOD5,30,", StringComparison.Ordinal)))).Content.ReadFromJsonAsync<WaterDtos.ImportResultDto>(Json.Options);

        Assert.Equal((18L, 18L, 0L), (first!.Rows, first.Inserted, first.Updated));
        Assert.Equal((0L, 0L, 18L), (again!.Inserted, again.Updated, again.Unchanged));
        Assert.Equal((0L, 2L, 16L), (changed!.Inserted, changed.Updated, changed.Unchanged));
        Assert.Equal(18, await CountAsync(app));
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(WaterObservation)).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("steward-audit", a.Actor));
        Assert.All(audit, a => Assert.Contains("\"old\":20", a.Changes, StringComparison.Ordinal));
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(WaterImportBatch) && a.Action == AuditAction.Insert)));
    }

    [Fact]
    public async Task The_stored_index_is_the_reference_example_and_the_level_names_its_parameters()
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        var file = Header + Sample("SG-04", "2026-03-10T09:00:00+07:00") + "SG-04,2026-03-10T09:00:00+07:00,Cu,0.05,mg/L,\nSG-04,2026-03-10T09:00:00+07:00,aldrin,0.05,µg/L,\nSG-04,2026-03-10T09:00:00+07:00,dieldrin,0.05,µg/L,\n";
        file = file.Replace("As,0.02,mg/L,<", "As,0.02,mg/L,", StringComparison.Ordinal);
        (await steward.PostAsync("/api/v1/water/observations/import", File(file))).EnsureSuccessStatusCode();

        var indices = await steward.GetFromJsonAsync<List<WaterDtos.IndexDto>>("/api/v1/water/stations/SG-04/wqi?from=2026-03-01&to=2026-03-31", Json.Options);

        var sample = Assert.Single(indices!);
        Assert.Equal(35, sample.Wqi); // the decision's worked example, unweighted (product decision 5)
        Assert.Equal("Xấu", sample.Band);
        Assert.Equal(3, sample.Formula);
        Assert.Equal("QCVN 08:2023/BTNMT", sample.Standard);
        Assert.NotEmpty(sample.Deciding);
        Assert.False(sample.Validated);
        var alerts = await steward.GetFromJsonAsync<List<WaterDtos.AlertDto>>("/api/v1/water/alerts", Json.Options);
        Assert.Contains(alerts!, a => a.Station == "SG-04" && a.Parameter == "As" && a.Kind == WaterAlertKind.HealthLimit);
        var notices = await app.WithDbAsync(db => db.Notifications.Where(n => n.Role == Roles.DataSteward).ToListAsync());
        Assert.Contains(notices, n => n.Link == "/water/alerts");
    }

    [Fact]
    public async Task A_wide_spreadsheet_csv_imports_like_the_long_layout_and_its_errors_name_its_columns()
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        const string Wide = "station,time,pH,DO (mg/L),temp,BOD5 (mg/L),NH4_N [µg/L],coliform,ghi chú\n" +
            "SG-05,10/01/2026 09:00,7.1,5.2,28,6,300,4600,quý I\nSG-05,10/02/2026 09:00,7.0,4.8,28.5,<2,250,,\n";

        var ok = await steward.PostAsync("/api/v1/water/observations/import", File(Wide, "quy1.csv"));
        var bad = await steward.PostAsync("/api/v1/water/observations/import", File(Wide.Replace("4.8", "4,8", StringComparison.Ordinal).Replace("SG-05,10/02", "SG-05,31/02", StringComparison.Ordinal), "quy1-bad.csv"));

        var result = await ok.Content.ReadFromJsonAsync<WaterDtos.ImportResultDto>(Json.Options);
        Assert.Equal(("wide-csv", 11L), (result!.Layout, result.Inserted));
        var observations = await steward.GetFromJsonAsync<List<WaterDtos.ObservationDto>>("/api/v1/water/stations/SG-05/observations?parameter=NH4_N&from=2026-01-01&to=2026-03-01", Json.Options);
        Assert.Equal([0.3, 0.25], observations!.Select(o => o.Value));
        var bod = await steward.GetFromJsonAsync<List<WaterDtos.ObservationDto>>("/api/v1/water/stations/SG-05/observations?parameter=BOD5&from=2026-02-01&to=2026-02-28", Json.Options);
        Assert.Equal("<", Assert.Single(bod!).Qualifier);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = await bad.Content.ReadAsStringAsync();
        Assert.Contains("\"row\":3", text, StringComparison.Ordinal);
        Assert.Contains("\"column\":\"time\"", text, StringComparison.Ordinal);
        // The row's bad date is one error, not one per parameter column the row spreads into.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "\"column\":\"time\""));
    }

    [Fact]
    public async Task A_wide_xlsx_spreadsheet_imports()
    {
        await using var app = await TestApp.StartAsync();
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        using var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new[]
        {
            new Dictionary<string, object> { ["station"] = "SG-06", ["time"] = new DateTime(2026, 7, 10, 9, 0, 0), ["pH"] = 7.1, ["DO (mg/L)"] = 5.0, ["BOD5 (mg/L)"] = "<2" },
        });
        var form = new MultipartFormDataContent { { new ByteArrayContent(xlsx.ToArray()), "file", "quy3.xlsx" } };

        var response = await steward.PostAsync("/api/v1/water/observations/import", form);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var result = JsonSerializer.Deserialize<WaterDtos.ImportResultDto>(body, Json.Options);
        Assert.Equal(("wide-xlsx", 3L), (result!.Layout, result.Inserted));
    }

    [Fact]
    public async Task A_million_values_import_and_are_all_stored()
    {
        await using var app = await TestApp.StartAsync();
        var path = Path.Combine(app.Data.DataDirectory, "million.csv");
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            await writer.WriteAsync(Header);
            var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
            string[] parameters = ["pH", "DO", "temp", "COD", "TSS"];
            string[] units = ["", "mg/L", "°C", "mg/L", "mg/L"];
            for (var step = 0; step < 200_000; step++)
            {
                var time = start.AddMinutes(5 * step).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
                for (var p = 0; p < parameters.Length; p++)
                {
                    await writer.WriteAsync($"SG-0{1 + step % 7},{time},{parameters[p]},{(7 + p + step % 13 * 0.1).ToString(CultureInfo.InvariantCulture)},{units[p]},\n");
                }
            }
        }

        var summary = await app.WithAsync<ImportObservations, ImportObservations.Summary>(async import =>
        {
            await using var stream = System.IO.File.OpenRead(path);
            return await import.RunAsync(stream, new ImportObservations.Request("million.csv"));
        });

        Assert.True(summary.Succeeded, string.Join("; ", summary.Errors));
        Assert.Equal(1_000_000, summary.Inserted);
        Assert.Equal(1_000_000, await CountAsync(app));
    }
}
