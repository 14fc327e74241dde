namespace TheoDoi.Water;

/// <summary>
/// Salinity every 15 minutes at the Hòa Phú intake (chloride, mg/L, against the drinking-water limit
/// 250 mg/L) and at Nhà Bè (‰, against the 4 ‰ irrigation threshold) through the dry seasons
/// (December–May) 2024–25 and 2025–26 and what has passed of the current one. Salt comes in on the flood
/// tide (semi-diurnal, 12.42 h) and furthest at spring tides (14.77 days), more as the dry season goes
/// on, most in February–April; then the rains push it back. Limits, the four readings an hour and the
/// 12.24 ‰ Nhà Bè maximum are the reference's (docs/reference/water-security.md); the series is made up (demo).
/// </summary>
internal static class WaterSecurityDemoSalinity
{
    public static readonly WaterSecurityDemoData.Site HoaPhu = new("SG-HOAPHU-MAN", "Hòa Phú – đo mặn cửa lấy nước Tân Hiệp (minh họa)", StationType.Salinity,
        10.98m, 106.60m, "SG", "DN-SG-SG", "HCM", Threshold: 250m,
        Note: "Ngưỡng 250 mg/L Cl⁻ (nước cấp sinh hoạt) và 4 lần đo mỗi giờ theo docs/reference/water-security.md; số liệu minh họa (demo, synthetic)");

    public static readonly WaterSecurityDemoData.Site NhaBe = new("NB-NHABE-MAN", "Sông Nhà Bè – đo mặn (minh họa)", StationType.Salinity,
        10.69m, 106.74m, "DN", "DN-SG-DN", "HCM", Threshold: 4m,
        Note: "Ngưỡng tưới 4 ‰ theo docs/reference/water-security.md; số liệu minh họa (demo, synthetic)");

    /// <summary>The dry seasons in the record: each starts on 1 December.</summary>
    public static IEnumerable<DateTimeOffset> Seasons(DateTimeOffset now)
    {
        var current = new DateTimeOffset(now.Month == 12 ? now.Year : now.Year - 1, 12, 1, 0, 0, 0, now.Offset);
        return [current.AddYears(-2), current.AddYears(-1), current];
    }

    public static void Readings(WaterSecurityDemoCsv csv)
    {
        var random = new Random(250);
        var seasonIndex = 0;
        var noise = 0.0;
        foreach (var start in Seasons(csv.Now))
        {
            // Each season its own peak intrusion (a drier season or a weaker Dầu Tiếng release, demo).
            var strength = seasonIndex++ switch
            {
                0 => 0.92,
                1 => 1.0,
                _ => 0.97,
            };
            var end = start.AddMonths(6);
            for (var time = start; time < end && time <= csv.Now; time = time.AddMinutes(15))
            {
                var intrusion = strength * Intrusion((time - start).TotalDays);
                var tide = WaterSecurityDemoCsv.Tide(time);
                // Salt arrives with the flood: the upper part of the tide, sharpened. The noise is
                // correlated over an hour or two, as river flow and wind are, so events do not flicker.
                var flood = Math.Pow(Math.Max(0, (tide + 0.35) / 1.35), 1.5);
                noise = 0.95 * noise + 0.3 * WaterSecurityDemoCsv.Normal(random);
                var chloride = 12 + intrusion * 330 * flood * (1 + 0.03 * noise) + 2 * Math.Abs(noise);
                var salinity = 0.2 + intrusion * 11.4 * (0.25 + 0.75 * flood) * (1 + 0.03 * noise);
                csv.Add(HoaPhu.Code, time, "Cl", chloride, "mg/L", 1);
                csv.Add(NhaBe.Code, time, "SAL", Math.Min(12.24, salinity), "‰", 2);
            }
        }
    }

    /// <summary>From 0 at the start of December to 1 in mid-March and back toward 0 by the end of May.</summary>
    private static double Intrusion(double daysIntoSeason) =>
        Math.Exp(-Math.Pow((daysIntoSeason - 105) / 42, 2));
}
