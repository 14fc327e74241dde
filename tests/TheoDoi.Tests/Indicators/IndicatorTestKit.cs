using TheoDoi.Indicators;

namespace TheoDoi.Tests.Indicators;

/// <summary>Helpers shared by the indicator tests.</summary>
internal static class IndicatorTestKit
{
    public const string Parks = "KCN-XLNT";
    public const string UrbanWaste = "CTR-SH-DT";
    public const string Hazardous = "CTNH";

    public static object Item(string unit, int year, decimal? numerator = null, decimal? denominator = null, decimal? value = null, string state = "approved") =>
        new { unit, year, numerator, denominator, value, state, source = "test" };

    public static Task<HttpResponseMessage> PutAsync(HttpClient client, string code, params object[] items) =>
        client.PutAsJsonAsync($"/api/v1/indicators/{code}/values", new { items }, Json.Options);

    public static async Task PutOkAsync(HttpClient client, string code, params object[] items)
    {
        var response = await PutAsync(client, code, items);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<IndicatorDtos.ValuesDto> ValuesAsync(HttpClient client, string code, string query = "") =>
        (await client.GetFromJsonAsync<IndicatorDtos.ValuesDto>($"/api/v1/indicators/{code}/values{query}", Json.Options))!;

    public static async Task<IndicatorDtos.ProgressDto> ProgressAsync(HttpClient client, string code, string query) =>
        (await client.GetFromJsonAsync<IndicatorDtos.ProgressDto>($"/api/v1/indicators/{code}/progress{query}", Json.Options))!;

    public static IndicatorDtos.CellDto Cell(IndicatorDtos.ValuesDto values, string row, int year) =>
        values.Rows.Single(r => r.Key == row).Cells.Single(c => c.Year == year);

    public static Task<int> CountValuesAsync(TestApp app) => app.WithDbAsync(db => db.IndicatorValues.CountAsync());
}
