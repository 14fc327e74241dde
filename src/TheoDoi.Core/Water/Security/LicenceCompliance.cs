using TheoDoi.Core.Texts;
using static TheoDoi.Core.Water.Security.SecurityText;

namespace TheoDoi.Core.Water.Security;

/// <summary>An abstraction licence (Nghị định 54/2024/NĐ-CP): a daily maximum, valid from/to inclusive.</summary>
public sealed record Licence(string Id, decimal MaxM3PerDay, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>A metered month (any day of the month in <paramref name="Month"/> names it) or, for daily records, a day.</summary>
public sealed record Abstraction(DateOnly Month, decimal VolumeM3);

public enum ComplianceStatus
{
    Within,
    Over,
    NoData,
    NotValid,
}

/// <param name="AbstractedM3">The month's abstraction: the monthly record, else the sum of the daily ones; null with neither.</param>
/// <param name="LicensedM3">Daily maximum × the days of the month the licence was valid.</param>
/// <param name="DaysOverDailyMaximum">Days above the daily maximum; null without daily records.</param>
public sealed record MonthCompliance(
    int Year, int Month, decimal? AbstractedM3, decimal LicensedM3, int ValidDays, int? DaysOverDailyMaximum, ComplianceStatus Status, Bilingual Why);

/// <summary>
/// Abstraction against a licence per calendar month (Nghị định 54/2024/NĐ-CP; monitoring per
/// Thông tư 17/2021/TT-BTNMT, docs/reference/water-security.md).
/// </summary>
public static class LicenceCompliance
{
    /// <summary>
    /// Every month from <paramref name="firstMonth"/> to <paramref name="lastMonth"/> (days ignored).
    /// A monthly record is the meter's total and wins over a sum of daily records, which may miss days;
    /// daily records still count the days over the maximum.
    /// </summary>
    public static IReadOnlyList<MonthCompliance> Months(
        Licence licence, IReadOnlyList<Abstraction> daily, IReadOnlyList<Abstraction> monthly, DateOnly firstMonth, DateOnly lastMonth)
    {
        var result = new List<MonthCompliance>();
        for (var month = new DateOnly(firstMonth.Year, firstMonth.Month, 1); month <= lastMonth; month = month.AddMonths(1))
        {
            result.Add(Month(licence, daily, monthly, month));
        }

        return result;
    }

    /// <summary>Licences whose validity ends on <paramref name="date"/> or within the following <paramref name="days"/> days, soonest first.</summary>
    public static IReadOnlyList<Licence> ExpiringWithin(IEnumerable<Licence> licences, DateOnly date, int days = 90) =>
        [.. licences.Where(l => l.ValidTo >= date && l.ValidTo <= date.AddDays(days)).OrderBy(l => l.ValidTo).ThenBy(l => l.Id, StringComparer.Ordinal)];

    private static MonthCompliance Month(Licence licence, IReadOnlyList<Abstraction> daily, IReadOnlyList<Abstraction> monthly, DateOnly first)
    {
        var last = first.AddMonths(1).AddDays(-1);
        var from = first > licence.ValidFrom ? first : licence.ValidFrom;
        var to = last < licence.ValidTo ? last : licence.ValidTo;
        var validDays = Math.Max(0, to.DayNumber - from.DayNumber + 1);
        var licensed = licence.MaxM3PerDay * validDays;
        var days = daily.Where(d => d.Month >= first && d.Month <= last).ToList();
        var metered = monthly.FirstOrDefault(m => m.Month.Year == first.Year && m.Month.Month == first.Month);
        decimal? abstracted = metered?.VolumeM3 ?? (days.Count > 0 ? days.Sum(d => d.VolumeM3) : null);
        int? over = days.Count > 0 ? days.Count(d => d.VolumeM3 > licence.MaxM3PerDay) : null;
        var source = metered is not null ? new Bilingual("số đo tháng", "monthly record") : new Bilingual($"tổng {days.Count} ngày có số liệu", $"sum of {days.Count} days with records");
        var allowance = Both(
            c => $"cho phép {N(licence.MaxM3PerDay, c)} m³/ngày × {validDays} ngày hiệu lực / {last.Day} = {N(licensed, c)} m³",
            c => $"licensed {N(licence.MaxM3PerDay, c)} m³/day × {validDays} valid days of {last.Day} = {N(licensed, c)} m³");
        var overText = over is { } o ? new Bilingual($"; {o} ngày vượt mức tối đa ngày", $"; {o} days over the daily maximum") : new Bilingual("", "");

        if (validDays == 0)
        {
            var used = abstracted is { } a ? Both(c => $"; đã khai thác {N(a, c)} m³ khi không có giấy phép", c => $"; {N(a, c)} m³ abstracted without a valid licence") : new("", "");
            return new(first.Year, first.Month, abstracted, 0, 0, over, ComplianceStatus.NotValid,
                new($"Giấy phép không có hiệu lực trong tháng{used.Vi}", $"The licence is not valid in this month{used.En}"));
        }

        if (abstracted is not { } volume)
        {
            return new(first.Year, first.Month, null, licensed, validDays, null, ComplianceStatus.NoData,
                new($"Không có số liệu khai thác; {allowance.Vi}", $"No abstraction records; {allowance.En}"));
        }

        var status = volume > licensed || over > 0 ? ComplianceStatus.Over : ComplianceStatus.Within;
        var why = Both(
            c => $"Khai thác {N(volume, c)} m³ ({source.Vi}); {allowance.Vi}{overText.Vi}",
            c => $"Abstracted {N(volume, c)} m³ ({source.En}); {allowance.En}{overText.En}");
        return new(first.Year, first.Month, volume, licensed, validDays, over, status, why);
    }
}
