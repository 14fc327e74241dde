namespace TheoDoi.Water;

/// <summary>
/// Twelve demo wells in the three aquifers of the reference (qp2-3, qp1, n22; docs/reference/water-security.md)
/// around Hồ Chí Minh City, former Bình Dương and Đồng Nai, with a monthly depth to water since 2012: most
/// deepen 0.2–1 m a year with a dry-season swing (deepest at the end of April), two are stable, and
/// GW-QP23-02 (Hóc Môn) went past its allowed depth in 2023. Wells, depths and thresholds are made up (demo).
/// </summary>
internal static class WaterSecurityDemoWells
{
    internal sealed record Well(WaterSecurityDemoData.Site Site, double Depth2012, double MetresPerYear);

    private static Well W(string code, string place, string aquifer, decimal lat, decimal lon, string region, string basin, decimal threshold, double depth, double slope) =>
        new(new(code, $"Giếng quan trắc {place}, tầng {aquifer} (minh họa)", StationType.Groundwater, lat, lon, null, basin, region,
            Aquifer: aquifer, Threshold: threshold, Note: "Giếng minh họa; độ sâu cho phép và số liệu là minh họa (demo, synthetic)"), depth, slope);

    public static readonly Well[] Wells =
    [
        W("GW-QP23-01", "Quận 12", "qp2-3", 10.867m, 106.654m, "HCM", "DN-SG-SG", 35m, 24.0, 0.55),
        W("GW-QP23-02", "Hóc Môn", "qp2-3", 10.886m, 106.592m, "HCM", "DN-SG-SG", 35m, 26.0, 0.80),
        W("GW-QP23-03", "Dĩ An", "qp2-3", 10.905m, 106.770m, "BD", "DN-SG-DN", 30m, 18.0, 0.30),
        W("GW-QP23-04", "Biên Hòa", "qp2-3", 10.950m, 106.820m, "DN", "DN-SG-DN", 25m, 12.0, 0.0),
        W("GW-QP1-01", "Bình Tân", "qp1", 10.765m, 106.600m, "HCM", "DN-SG-SG", 50m, 30.0, 0.70),
        W("GW-QP1-02", "Bình Chánh", "qp1", 10.690m, 106.580m, "HCM", "DN-SG-SG", 45m, 28.0, 0.45),
        W("GW-QP1-03", "Thủ Dầu Một", "qp1", 10.980m, 106.650m, "BD", "DN-SG-SG", 35m, 20.0, 0.25),
        W("GW-QP1-04", "Nhơn Trạch", "qp1", 10.720m, 106.890m, "DN", "DN-SG-DN", 35m, 15.0, 0.35),
        W("GW-N22-01", "Tân Phú", "n22", 10.790m, 106.630m, "HCM", "DN-SG-SG", 55m, 35.0, 0.95),
        W("GW-N22-02", "Củ Chi", "n22", 11.000m, 106.500m, "HCM", "DN-SG-SG", 45m, 22.0, 0.0),
        W("GW-N22-03", "Thuận An", "n22", 10.920m, 106.710m, "BD", "DN-SG-SG", 50m, 25.0, 0.60),
        W("GW-N22-04", "Long Thành", "n22", 10.780m, 107.000m, "DN", "DN-SG-DN", 40m, 18.0, 0.20),
    ];

    /// <summary>The 15th of each month at 08:00, the way NAWAPI's monthly bulletins read a network.</summary>
    public static void Depths(Well well, WaterSecurityDemoCsv csv)
    {
        var random = new Random(well.Site.Code.Sum(c => c) * 31 + (int)(well.Depth2012 * 10));
        var swing = well.Site.Aquifer switch
        {
            "qp2-3" => 1.2,
            "qp1" => 0.8,
            _ => 0.5,
        };
        var start = new DateTimeOffset(2012, 1, 15, 8, 0, 0, csv.Now.Offset);
        for (var month = start; month <= csv.Now; month = month.AddMonths(1))
        {
            var years = (month - start).TotalDays / 365.25;
            var depth = well.Depth2012 + well.MetresPerYear * years + swing * WaterSecurityDemoCsv.Season(month, 120) + 0.15 * WaterSecurityDemoCsv.Normal(random);
            csv.Add(well.Site.Code, month, "GWD", depth, "m", 2);
        }
    }
}
