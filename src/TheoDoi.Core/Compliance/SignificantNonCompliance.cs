using System.Globalization;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Compliance;

/// <summary>Whether a facility is in significant non-compliance on a day, and each reason that makes it so.</summary>
public sealed record SncStatus(bool Flagged, IReadOnlyList<Bilingual> Reasons);

/// <summary>
/// An ECHO-like "significant non-compliance" flag (docs/reference/compliance-heritage.md: what EPA's ECHO
/// tracks), adapted to what the register holds. ECHO's own criteria for water dischargers are effluent
/// exceedances of 40 % (conventional pollutants) recurring within a period, and missing a compliance
/// schedule by 90 days or more; the third criterion is the 31/12/2024 deadline for connecting automatic
/// discharge monitoring to the province. Any one of them flags the facility; each is shown with its facts.
/// </summary>
public static class SignificantNonCompliance
{
    /// <summary>An exceedance counts from 1.4 times the limit (ECHO: 40 % for conventional pollutants).</summary>
    public const decimal SeriousExceedance = 1.4m;

    /// <summary>Serious exceedances must recur: found on at least this many inspection days…</summary>
    public const int RecurringInspections = 2;

    /// <summary>…within this many years up to the day judged.</summary>
    public const int RecurringWindowYears = 3;

    /// <summary>A remedy still open this many days past its deadline (ECHO: a schedule missed by 90 days).</summary>
    public const int OverdueDays = 90;

    /// <summary>The deadline for connecting automatic discharge monitoring to the province.</summary>
    public static readonly DateOnly ConnectionDeadline = new(2024, 12, 31);

    /// <summary>The discharge class held to the connection deadline: ≥ 500 m³/day, where the obligation applies in every case.</summary>
    public const decimal ConnectionRequiredFromM3PerDay = 500m;

    public static Bilingual Rule { get; } = new(
        "Vi phạm nghiêm trọng, kéo dài khi có ít nhất một trong ba điều: (1) vượt quy chuẩn từ 1,4 lần trở lên ở ít nhất 2 lần kiểm tra trong 3 năm gần nhất; "
        + "(2) một biện pháp khắc phục quá hạn hơn 90 ngày mà chưa thực hiện; (3) xả thải từ 500 m³/ngày mà chưa kết nối quan trắc tự động với tỉnh sau hạn 31/12/2024. "
        + "Theo cách của hệ thống ECHO (Hoa Kỳ): vượt 40 % lặp lại, chậm tiến độ khắc phục 90 ngày.",
        "Significant non-compliance when at least one holds: (1) a limit exceeded 1.4 times or more at 2 or more inspections in the last 3 years; "
        + "(2) a remedy more than 90 days past its deadline and not done; (3) discharging 500 m³/day or more without automatic monitoring connected to the province after the 31/12/2024 deadline. "
        + "After EPA's ECHO: recurring 40 % exceedances, a compliance schedule missed by 90 days.");

    public static SncStatus Assess(FacilityFact facility, IEnumerable<ViolationFact> violations, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facility);
        var own = violations.Where(v => v.FacilityId == facility.FacilityId && v.FoundOn <= asOf).ToList();
        var reasons = new List<Bilingual>();

        var from = asOf.AddYears(-RecurringWindowYears);
        var seriousDays = own.Where(v => v.FoundOn >= from && v.TimesOverLimit.Any(t => t >= SeriousExceedance))
            .Select(v => v.FoundOn).Distinct().Order().ToList();
        if (seriousDays.Count >= RecurringInspections)
        {
            var days = string.Join(", ", seriousDays.Select(Day));
            reasons.Add(new($"Vượt quy chuẩn từ 1,4 lần ở {seriousDays.Count} lần kiểm tra trong 3 năm ({days}).",
                $"Limits exceeded 1.4 times or more at {seriousDays.Count} inspections in 3 years ({days})."));
        }

        var overdue = own.SelectMany(v => v.Remedies)
            .Where(r => (r.DoneOn is null || r.DoneOn > asOf) && asOf.DayNumber - r.DueOn.DayNumber > OverdueDays)
            .OrderBy(r => r.DueOn)
            .FirstOrDefault();
        if (overdue is not null)
        {
            var late = asOf.DayNumber - overdue.DueOn.DayNumber;
            reasons.Add(new($"Biện pháp khắc phục quá hạn {late} ngày (hạn {Day(overdue.DueOn)}).",
                $"A remedy {late} days past its deadline ({Day(overdue.DueOn)})."));
        }

        var connected = facility.AutoMonitoringConnected && (facility.ConnectedSince is null || facility.ConnectedSince <= asOf);
        if (asOf > ConnectionDeadline && facility.DischargeM3PerDay >= ConnectionRequiredFromM3PerDay && !connected)
        {
            reasons.Add(new("Xả thải từ 500 m³/ngày, chưa kết nối quan trắc tự động với tỉnh sau hạn 31/12/2024.",
                "Discharges 500 m³/day or more without automatic monitoring connected to the province after the 31/12/2024 deadline."));
        }

        return new(reasons.Count > 0, reasons);
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
