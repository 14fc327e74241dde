using TheoDoi.Indicators;
using TheoDoi.Reporting;

namespace TheoDoi.Tests.Reporting;

/// <summary>
/// The consolidated report writes a regional figure as the Vietnamese pages do (Format.Number):
/// rounded half away from zero to one place, without a meaningless ",0" — "100%", not "100,0%".
/// </summary>
public sealed class ConsolidatedFigureTests
{
    [Theory]
    [InlineData(100.0, "100%")]
    [InlineData(89.2857, "89,3%")]
    [InlineData(89.25, "89,3%")] // half away from zero, as on the pages (banker's rounding gave 89,2)
    [InlineData(97.04, "97%")]
    [InlineData(0.0, "0%")]
    public void The_region_figure_is_written_as_on_the_pages(double value, string expected)
    {
        var row = new ConsolidatedReport.IndicatorRow(
            new Indicator { Code = "KCN-XLNT", Name = "Tỷ lệ KCN có hệ thống xử lý nước thải", MeasureUnit = "%" },
            100m, new TableCell(2025, value, null, null, [], Aggregated: true, null, null), []);

        Assert.Equal(expected, ConsolidatedDocx.RegionFigure(row));
    }
}
