using TheoDoi.Core.Exchange;
using static TheoDoi.Core.Exchange.ScopeDecision;

namespace TheoDoi.Core.Tests.Exchange;

/// <summary>
/// A partner key reads only its agreement's stations, data groups and period (issue 10, item 3): a
/// station outside is "not found" (404, not revealed), a group or date outside is refused (403).
/// </summary>
public sealed class PartnerScopeTests
{
    private static readonly PartnerScope s_qualityOfA = new(1, 1, "MRC",
        new HashSet<string>(["SG-01"], StringComparer.OrdinalIgnoreCase), DataGroups.Quality | DataGroups.Forecast,
        new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), IncludesRaw: false);

    public static TheoryData<string?, DataGroups, string?, ScopeDecision> Cases => new()
    {
        // station, group, date → decision
        { "SG-01", DataGroups.Quality, "2025-06-01", Allowed },
        { "sg-01", DataGroups.Quality, null, Allowed },                       // codes without regard to case
        { "SG-02", DataGroups.Quality, "2025-06-01", StationOutside },         // another station: not revealed
        { "SG-02", DataGroups.Groundwater, null, StationOutside },             // station first, whatever the group
        { "SG-01", DataGroups.Groundwater, null, GroupOutside },
        { "SG-01", DataGroups.Quality | DataGroups.Groundwater, null, GroupOutside }, // every group asked must be shared
        { "SG-01", DataGroups.Quality, "2023-12-31", PeriodOutside },
        { "SG-01", DataGroups.Quality, "2026-01-01", PeriodOutside },
        { null, DataGroups.Forecast, null, Allowed },                          // a read of no station
        { null, DataGroups.Indicators, null, GroupOutside },
        { "SG-01", DataGroups.None, null, GroupOutside },                      // a read of no group is never shared
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_key_reads_only_its_agreement(string? station, DataGroups group, string? date, ScopeDecision expected)
    {
        Assert.Equal(expected, s_qualityOfA.Decide(station, group, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2023-01-01", "2024-06-30", "2024-01-01", "2024-06-30")]
    [InlineData("2025-06-01", "2026-06-01", "2025-06-01", "2025-12-31")]
    [InlineData("2024-02-01", "2024-03-01", "2024-02-01", "2024-03-01")]
    public void A_requested_period_is_narrowed_to_the_agreement(string from, string to, string expectedFrom, string expectedTo)
    {
        var clamped = s_qualityOfA.Clamp(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DateOnly.Parse(expectedFrom, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(expectedTo, System.Globalization.CultureInfo.InvariantCulture)), clamped);
    }

    [Fact]
    public void A_period_wholly_outside_the_agreement_is_nothing()
    {
        Assert.Null(s_qualityOfA.Clamp(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1)));
    }

    [Theory]
    [InlineData("quality,salinity", DataGroups.Quality | DataGroups.Salinity, "quality,salinity")]
    [InlineData(" Salinity , QUALITY ", DataGroups.Quality | DataGroups.Salinity, "quality,salinity")]
    [InlineData("level-discharge,reservoir,groundwater,forecast,indicators", DataGroups.LevelDischarge | DataGroups.Reservoir | DataGroups.Groundwater | DataGroups.Forecast | DataGroups.Indicators, "level-discharge,reservoir,groundwater,forecast,indicators")]
    [InlineData("", DataGroups.None, "")]
    public void Data_group_codes_round_trip(string codes, DataGroups expected, string formatted)
    {
        Assert.Equal(expected, DataGroupCodes.Parse(codes));
        Assert.Equal(formatted, DataGroupCodes.Format(expected));
    }

    [Fact]
    public void An_unknown_data_group_code_is_refused()
    {
        Assert.Null(DataGroupCodes.Parse("quality,licences"));
    }
}
