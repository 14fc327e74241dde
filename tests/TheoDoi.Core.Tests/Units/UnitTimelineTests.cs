using TheoDoi.Core.Units;

namespace TheoDoi.Core.Tests.Units;

/// <summary>
/// Effective dating on the 2025 arrangement of the region (docs/reference/southeast-region.md §2): data of
/// an old province must roll up to the unit that holds it on the day asked about, never earlier.
/// </summary>
public sealed class UnitTimelineTests
{
    private const int HcmcOld = 1, BinhDuong = 2, BaRiaVungTau = 3, DongNaiOld = 4, BinhPhuoc = 5, TayNinhOld = 6, LongAn = 7;
    private const int HcmcNew = 11, DongNaiProvince = 12, TayNinhNew = 13, DongNaiCity = 14;

    private static readonly DateOnly s_lastOld = new(2025, 6, 30);
    private static readonly DateOnly s_firstNew = new(2025, 7, 1);
    private static readonly DateOnly s_cityFrom = new(2026, 4, 30);

    private static readonly UnitTimeline s_region = new(
        [
            new(HcmcOld, "79", new DateOnly(1976, 7, 2), s_lastOld),
            new(BinhDuong, "74", new DateOnly(1997, 1, 1), s_lastOld),
            new(BaRiaVungTau, "77", new DateOnly(1991, 10, 12), s_lastOld),
            new(DongNaiOld, "75", null, s_lastOld),
            new(BinhPhuoc, "70", new DateOnly(1997, 1, 1), s_lastOld),
            new(TayNinhOld, "72", null, s_lastOld),
            new(LongAn, "80", null, s_lastOld),
            new(HcmcNew, "79", s_firstNew, null),
            new(DongNaiProvince, "75", s_firstNew, s_cityFrom.AddDays(-1)),
            new(TayNinhNew, "80", s_firstNew, null),
            new(DongNaiCity, "75", s_cityFrom, null),
        ],
        [
            new(HcmcOld, HcmcNew, s_firstNew, SuccessionKind.Merge),
            new(BinhDuong, HcmcNew, s_firstNew, SuccessionKind.Merge),
            new(BaRiaVungTau, HcmcNew, s_firstNew, SuccessionKind.Merge),
            new(DongNaiOld, DongNaiProvince, s_firstNew, SuccessionKind.Merge),
            new(BinhPhuoc, DongNaiProvince, s_firstNew, SuccessionKind.Merge),
            new(TayNinhOld, TayNinhNew, s_firstNew, SuccessionKind.Merge),
            new(LongAn, TayNinhNew, s_firstNew, SuccessionKind.Merge),
            new(DongNaiProvince, DongNaiCity, s_cityFrom, SuccessionKind.Rename),
        ]);

    public static TheoryData<string, int[]> ValidOnDays => new()
    {
        { "2024-12-31", [HcmcOld, BinhDuong, BaRiaVungTau, DongNaiOld, BinhPhuoc, TayNinhOld, LongAn] },
        { "2025-06-30", [HcmcOld, BinhDuong, BaRiaVungTau, DongNaiOld, BinhPhuoc, TayNinhOld, LongAn] },
        { "2025-07-01", [HcmcNew, DongNaiProvince, TayNinhNew] },
        { "2026-04-29", [HcmcNew, DongNaiProvince, TayNinhNew] },
        { "2026-04-30", [HcmcNew, TayNinhNew, DongNaiCity] },
    };

    [Theory]
    [MemberData(nameof(ValidOnDays))]
    public void Units_valid_on_a_day_are_those_whose_period_includes_it(string day, int[] expected)
    {
        var valid = s_region.ValidOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Select(p => p.Id);

        Assert.Equal(expected.Order(), valid.Order());
    }

    public static TheoryData<int, string, int[]> Holders => new()
    {
        // Before the merger a province holds its own data.
        { BinhDuong, "2024-06-01", [BinhDuong] },
        { BinhDuong, "2025-06-30", [BinhDuong] },
        // From 01/07/2025, Bình Dương's data belongs to the new HCMC.
        { BinhDuong, "2025-07-01", [HcmcNew] },
        { BaRiaVungTau, "2026-01-01", [HcmcNew] },
        { HcmcOld, "2026-01-01", [HcmcNew] },
        // Long An joined Tây Ninh (code 80 goes on, Tây Ninh's 72 ends).
        { LongAn, "2025-07-01", [TayNinhNew] },
        { TayNinhOld, "2025-07-01", [TayNinhNew] },
        // A chain: Bình Phước → Đồng Nai province → Đồng Nai city, one link at a time.
        { BinhPhuoc, "2026-04-29", [DongNaiProvince] },
        { BinhPhuoc, "2026-04-30", [DongNaiCity] },
        { DongNaiOld, "2027-01-01", [DongNaiCity] },
        // A unit that did not exist yet holds nothing, and its future successor is not asked.
        { HcmcNew, "2024-01-01", [] },
    };

    [Theory]
    [MemberData(nameof(Holders))]
    public void Holders_on_a_day_follow_succession_links_in_force_that_day(int unit, string day, int[] expected)
    {
        var holders = s_region.HoldersOn(unit, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Select(p => p.Id);

        Assert.Equal(expected.Order(), holders.Order());
    }

    public static TheoryData<int, int[]> Lineages => new()
    {
        { HcmcNew, [HcmcNew, HcmcOld, BinhDuong, BaRiaVungTau] },
        { TayNinhNew, [TayNinhNew, TayNinhOld, LongAn] },
        { DongNaiCity, [DongNaiCity, DongNaiProvince, DongNaiOld, BinhPhuoc] },
        { BinhDuong, [BinhDuong] },
    };

    [Theory]
    [MemberData(nameof(Lineages))]
    public void Lineage_lists_every_unit_that_rolls_up_into_a_new_unit(int unit, int[] expected)
    {
        Assert.Equal(expected.Order(), s_region.Lineage(unit).Select(p => p.Id).Order());
    }

    [Fact]
    public void A_code_reused_across_periods_is_found_by_day()
    {
        Assert.Equal(HcmcOld, s_region.Find("79", new DateOnly(2025, 6, 30))!.Id);
        Assert.Equal(HcmcNew, s_region.Find("79", new DateOnly(2025, 7, 1))!.Id);
        Assert.Equal(LongAn, s_region.Find("80", new DateOnly(2024, 1, 1))!.Id);
        Assert.Equal(TayNinhNew, s_region.Find("80", new DateOnly(2025, 7, 1))!.Id);
        Assert.Null(s_region.Find("74", new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void A_cycle_in_bad_data_does_not_hang()
    {
        var cyclic = new UnitTimeline(
            [new(1, "A", null, new DateOnly(2020, 1, 1)), new(2, "B", null, new DateOnly(2020, 1, 1))],
            [new(1, 2, new DateOnly(2020, 1, 2), SuccessionKind.Merge), new(2, 1, new DateOnly(2020, 1, 2), SuccessionKind.Merge)]);

        Assert.Empty(cyclic.HoldersOn(1, new DateOnly(2021, 1, 1)));
        Assert.Equal(2, cyclic.Lineage(1).Count);
    }
}
