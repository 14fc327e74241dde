using TheoDoi.Accounts;
using TheoDoi.Core.Indicators;
using static TheoDoi.Tests.Indicators.IndicatorTestKit;

namespace TheoDoi.Tests.Indicators;

/// <summary>
/// Both progress methods through the API, table-driven: each case gives a unit's values and the
/// statuses expected. CTNH declares no baseline value, so a unit's own 2022 value is its baseline.
/// </summary>
public sealed class ProgressTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string, string, (int Year, decimal Value)[], PaceStatus, CagrStatus> Cases => new()
    {
        { "target already achieved", Hazardous, "74", [(2022, 90), (2024, 98.5m)], PaceStatus.Achieved, CagrStatus.TargetAchieved },
        { "deterioration", Hazardous, "77", [(2022, 90), (2023, 88), (2024, 85)], PaceStatus.FarBehind, CagrStatus.Deterioration },
        { "baseline near zero", Hazardous, "70", [(2022, 0.5m), (2024, 20)], PaceStatus.Behind, CagrStatus.ModerateProgress },
        { "a single data point", Hazardous, "72", [(2022, 90)], PaceStatus.InsufficientData, CagrStatus.InsufficientData },
        { "a missing year", Hazardous, "80", [(2022, 80), (2024, 86)], PaceStatus.OnTrack, CagrStatus.SubstantialProgress },
        { "no own baseline: the declared one stands in", Parks, "75", [(2023, 90), (2024, 92)], PaceStatus.Behind, CagrStatus.LimitedProgress },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Both_methods_give_the_expected_status_with_their_reasons(string name, string code, string unit, (int Year, decimal Value)[] values, PaceStatus linear, CagrStatus cagr)
    {
        var client = await fixture.App.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(client, code, values.Select(v => Item(unit, v.Year, value: v.Value)).ToArray());

        var progress = await ProgressAsync(client, code, $"?unit={unit}&at=2024-12-31");

        Assert.True(linear == progress.Linear!.Status, $"{name}: linear {progress.Linear.Status} — {progress.Linear.ExplanationEn}");
        Assert.True(cagr == progress.Cagr!.Status, $"{name}: CAGR {progress.Cagr.Status} — {progress.Cagr.ExplanationEn}");
        Assert.NotEmpty(progress.Linear.ExplanationVi);
        Assert.Contains("→", progress.Cagr.ExplanationVi, StringComparison.Ordinal);
        if (name == "baseline near zero")
        {
            Assert.Equal(CagrMethod.LinearFallback, progress.Cagr.Method);
            Assert.Equal(CagrFallbackReason.BaselineNearZero, progress.Cagr.FallbackReason);
            Assert.Contains("quá nhỏ so với mục tiêu", progress.Cagr.ExplanationVi, StringComparison.Ordinal);
        }

        if (name.StartsWith("no own baseline", StringComparison.Ordinal))
        {
            Assert.False(progress.BaselineIsOwn);
            Assert.Equal(new IndicatorDtosPoint(2022, 91), new IndicatorDtosPoint(progress.Baseline!.Year, progress.Baseline.Value));
        }
    }

    [Fact]
    public async Task The_projection_to_2030_is_the_least_squares_line_through_the_complete_years()
    {
        var client = await fixture.App.ClientAsAsync(Roles.Coordinator);
        await PutOkAsync(client, Hazardous, Item("79", 2022, value: 80), Item("79", 2023, value: 82), Item("79", 2024, value: 84));

        var progress = await ProgressAsync(client, Hazardous, "?unit=79&at=2024-12-31");

        Assert.Equal(2030, progress.Projection!.Year);
        Assert.Equal(96, progress.Projection.Value, 6);
        Assert.Equal(2, progress.Projection.Slope, 6);
        Assert.Equal(3, progress.Projection.Points.Count);
    }

    [Fact]
    public async Task An_unknown_unit_is_404_and_region_is_the_default()
    {
        var client = await fixture.App.ClientAsAsync(Roles.Leader);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/indicators/{Parks}/progress?unit=99")).StatusCode);
        Assert.Equal("region", (await ProgressAsync(client, Parks, "")).Unit);
    }

    private readonly record struct IndicatorDtosPoint(int Year, double Value);
}
