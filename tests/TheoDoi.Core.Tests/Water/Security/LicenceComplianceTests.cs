using TheoDoi.Core.Water.Security;

namespace TheoDoi.Core.Tests.Water.Security;

/// <summary>Abstraction against a licence per calendar month (docs/reference/water-security.md, Nghị định 54/2024/NĐ-CP). Demo licence of 100 m³/day.</summary>
public sealed class LicenceComplianceTests
{
    private static readonly Licence s_allYear = new("GP-01", 100m, new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31));

    private static MonthCompliance Only(Licence licence, IReadOnlyList<Abstraction> daily, IReadOnlyList<Abstraction> monthly, DateOnly month) =>
        Assert.Single(LicenceCompliance.Months(licence, daily, monthly, month, month));

    public static TheoryData<int, int, decimal> MonthLengths => new()
    {
        { 2023, 2, 2_800m }, // 28 days
        { 2024, 2, 2_900m }, // leap year: 29 days
        { 2024, 4, 3_000m }, // 30 days
        { 2024, 7, 3_100m }, // 31 days
    };

    [Theory]
    [MemberData(nameof(MonthLengths))]
    public void The_licensed_volume_is_the_daily_maximum_times_the_days_of_the_month(int year, int month, decimal licensed)
    {
        var result = Only(s_allYear, [], [new(new DateOnly(year, month, 1), licensed)], new DateOnly(year, month, 1));

        Assert.Equal(licensed, result.LicensedM3);
        Assert.Equal(ComplianceStatus.Within, result.Status); // exactly the licensed volume is within
    }

    [Fact]
    public void A_licence_valid_for_part_of_the_month_allows_only_those_days()
    {
        var licence = s_allYear with { ValidFrom = new DateOnly(2024, 2, 20) }; // 20–29 Feb 2024: 10 days

        var result = Only(licence, [], [new(new DateOnly(2024, 2, 1), 1_001m)], new DateOnly(2024, 2, 1));

        Assert.Equal(10, result.ValidDays);
        Assert.Equal(1_000m, result.LicensedM3);
        Assert.Equal(ComplianceStatus.Over, result.Status);
    }

    [Fact]
    public void Days_over_the_daily_maximum_make_a_month_over_even_within_its_volume()
    {
        Abstraction[] daily = [new(new DateOnly(2024, 4, 1), 150m), new(new DateOnly(2024, 4, 2), 50m), new(new DateOnly(2024, 4, 3), 100m)];

        var result = Only(s_allYear, daily, [], new DateOnly(2024, 4, 1));

        Assert.Equal(300m, result.AbstractedM3);
        Assert.Equal(1, result.DaysOverDailyMaximum); // 100 equals the maximum and is not over
        Assert.Equal(ComplianceStatus.Over, result.Status);
    }

    [Fact]
    public void Months_without_records_or_outside_the_licence_say_so()
    {
        var licence = s_allYear with { ValidTo = new DateOnly(2024, 5, 31) };

        var months = LicenceCompliance.Months(licence, [], [new(new DateOnly(2024, 6, 1), 10m)], new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 30));

        Assert.Equal([ComplianceStatus.NoData, ComplianceStatus.NotValid], months.Select(m => m.Status));
        Assert.Contains("without a valid licence", months[1].Why.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Licences_expiring_within_90_days_are_listed_soonest_first()
    {
        var date = new DateOnly(2025, 1, 1);
        Licence[] licences =
        [
            s_allYear with { Id = "late", ValidTo = date.AddDays(90) },
            s_allYear with { Id = "soon", ValidTo = date },
            s_allYear with { Id = "beyond", ValidTo = date.AddDays(91) },
            s_allYear with { Id = "expired", ValidTo = date.AddDays(-1) },
        ];

        Assert.Equal(["soon", "late"], LicenceCompliance.ExpiringWithin(licences, date).Select(l => l.Id));
    }
}
