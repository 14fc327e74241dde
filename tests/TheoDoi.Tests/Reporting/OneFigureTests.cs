using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TheoDoi.Accounts;


namespace TheoDoi.Tests.Reporting;

/// <summary>One number for one fact: the consolidated report, the indicator page and the API agree.</summary>
public sealed class OneFigureTests
{
    private static readonly CultureInfo s_vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public async Task The_2025_demo_consolidated_report_the_indicator_page_and_the_api_give_the_same_regional_figure()
    {
        await using var app = await TestApp.StartAsync(new TestAppOptions(Demo: true));
        var api = await app.ClientAsAsync(Roles.Coordinator);
        var password = await app.AddUserAsync("vkhtc-figures", Roles.Coordinator);
        using var session = new BrowserlessSession(app);
        await session.SignInAsync("vkhtc-figures", password);

        var values = (await api.GetFromJsonAsync<TheoDoi.Indicators.IndicatorDtos.ValuesDto>("/api/v1/indicators/KCN-XLNT/values", Json.Options))!;
        var cell = values.Rows.Single(r => r.Key == TheoDoi.Indicators.IndicatorTable.RegionKey).Cells.Single(c => c.Year == 2025);
        var page = await (await session.GetAsync("/indicators/KCN-XLNT")).Content.ReadAsStringAsync();
        var docx = await (await api.GetAsync("/api/v1/reporting/cycles/2025/consolidated?format=docx")).Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = document.MainDocumentPart!.Document.Body!.Descendants<Table>().Single(t => t.InnerText.Contains("Mục tiêu 2030", StringComparison.Ordinal));
        var name = (await app.WithDbAsync(db => db.Indicators.SingleAsync(i => i.Code == "KCN-XLNT"))).Name;
        var row = table.Elements<TableRow>().Single(r => r.Elements<TableCell>().ElementAt(1).InnerText == name).Elements<TableCell>().ToList();
        var figure = string.Join("\n", row[2].Descendants<Text>().Select(t => t.Text));

        Assert.NotNull(cell.Value);
        var ratio = ((decimal)cell.Numerator!.Value).ToString("#,##0.##", s_vi) + "/" + ((decimal)cell.Denominator!.Value).ToString("#,##0.##", s_vi);
        // The same rounding and writing as the Vietnamese pages: "100%", "89,3%", never "100,0%".
        var percent = TheoDoi.Shared.Format.NumberIn((decimal)cell.Value.Value, 1, s_vi) + "%";
        Assert.StartsWith(percent, figure, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"^\d+,0%", figure);
        Assert.Contains(ratio, figure, StringComparison.Ordinal);
        Assert.Contains(ratio, page, StringComparison.Ordinal); // the detail page's regional cell
        Assert.Equal(cell.Provisional, figure.Contains("chưa duyệt", StringComparison.Ordinal));
        Assert.Equal(cell.Missing.Count > 0, figure.Contains('*', StringComparison.Ordinal));
        Assert.Contains("Dữ liệu minh họa".ToUpper(s_vi), document.MainDocumentPart.Document.Body.InnerText, StringComparison.Ordinal); // a demo installation
        // The signed-in list marks figures that count values not yet approved (the demo's 2025 values), as the detail page does.
        var list = await (await session.GetAsync("/indicators")).Content.ReadAsStringAsync();
        var open = await (await session.GetAsync("/public/indicators")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"provisional\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"provisional\"", open, StringComparison.Ordinal);
    }
}
