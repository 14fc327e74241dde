using System.Net.Http.Headers;
using System.Text.Json;
using MiniExcelLibs;
using TheoDoi.Accounts;
using static TheoDoi.Tests.Indicators.IndicatorTestKit;

namespace TheoDoi.Tests.Indicators;

/// <summary>The XLSX template and its upload: all or nothing, each error named by sheet, row, column and reason.</summary>
public sealed class ValueImportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private TestApp App => fixture.App;

    private static byte[] Workbook(Dictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(object? unit, object? year, object? numerator, object? denominator, object? value = null) => new()
    {
        ["Mã đơn vị"] = unit,
        ["Đơn vị"] = "",
        ["Năm"] = year,
        ["Tử số"] = numerator,
        ["Mẫu số"] = denominator,
        ["Giá trị"] = value,
        ["Nguồn"] = "Sở NN&MT",
        ["Ghi chú"] = null,
    };

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(content, "file", "chi-tieu.xlsx");
        return client.PostAsync("/api/v1/indicators/import", form);
    }

    [Fact]
    public async Task Every_error_is_named_by_sheet_row_and_column_and_nothing_is_written()
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);
        var before = await CountValuesAsync(App);
        var file = Workbook(new Dictionary<string, object>
        {
            [Parks] = new List<Dictionary<string, object?>>
            {
                Row("79", 2024, 15, 16),        // row 2: fine
                Row("79", 2024, 14, 16),        // row 3: duplicate row
                Row("99", 2024, 1, 2),          // row 4: unknown unit
                Row("74", 2024, "mười", 20),    // row 5: wrong type
            },
            [Hazardous] = new List<Dictionary<string, object?>>
            {
                Row("75", 2023, 120, 100),      // row 2: numerator > denominator
            },
        });

        var response = await UploadAsync(client, file);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("sheet").GetString()}!{e.GetProperty("column").GetString()}{e.GetProperty("row").GetInt32()}: {e.GetProperty("vi").GetString()}").ToList();
        Assert.Contains(errors, e => e.StartsWith("KCN-XLNT!D5: \"mười\" không phải là số", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("KCN-XLNT!A4: Không có tỉnh, thành phố mã 99", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("KCN-XLNT!A3: Trùng với một dòng trước", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("CTNH!D2: Tử số (120) lớn hơn mẫu số (100)", StringComparison.Ordinal));
        Assert.Equal(before, await CountValuesAsync(App));
    }

    [Fact]
    public async Task A_wrong_type_alone_still_writes_nothing_and_a_clean_file_is_saved_as_drafts()
    {
        var client = await App.ClientAsAsync(Roles.Coordinator);
        var before = await CountValuesAsync(App);
        var bad = Workbook(new Dictionary<string, object>
        {
            [UrbanWaste] = new List<Dictionary<string, object?>> { Row("72", 2021, 500, 600), Row("70", "năm ngoái", 400, 500) },
        });
        var good = Workbook(new Dictionary<string, object>
        {
            [UrbanWaste] = new List<Dictionary<string, object?>> { Row("72", 2021, 500, 600), Row("70", 2021, "412,5", 500) },
        });

        var refused = await UploadAsync(client, bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("row 3, column C", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountValuesAsync(App));

        var accepted = await UploadAsync(client, good);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var saved = await App.WithDbAsync(db => db.IndicatorValues.Where(v => v.Indicator.Code == UrbanWaste && v.Year == 2021).OrderBy(v => v.Value).ToListAsync());
        Assert.Equal([82.5m, 83.3333m], saved.Select(v => v.Value));
        Assert.All(saved, v => Assert.Equal(TheoDoi.Indicators.ValueState.Draft, v.State));
    }

    [Fact]
    public async Task The_template_has_a_sheet_per_indicator_and_a_row_per_unit_of_the_year()
    {
        var client = await App.ClientAsAsync(Roles.Reporter, unit: "79");

        var response = await client.GetAsync("/api/v1/indicators/template?year=2024");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Huong dan", "KCN-XLNT", "CTR-SH-DT", "CTNH"], MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: true, sheetName: Parks).Cast<IDictionary<string, object?>>().ToList();
        // A reporter of today's HCMC fills in for old HCMC, Bình Dương and Bà Rịa - Vũng Tàu in 2024.
        Assert.Equal(["74", "77", "79"], rows.Select(r => Convert.ToString(r["Mã đơn vị"], System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task A_reporter_cannot_slip_another_units_values_into_a_file()
    {
        var client = await App.ClientAsAsync(Roles.Reporter, unit: "79");
        var before = await CountValuesAsync(App);
        var file = Workbook(new Dictionary<string, object>
        {
            [Parks] = new List<Dictionary<string, object?>> { Row("74", 2023, 20, 25), Row("75", 2023, 20, 25) },
        });

        var response = await UploadAsync(client, file);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountValuesAsync(App));
    }
}
