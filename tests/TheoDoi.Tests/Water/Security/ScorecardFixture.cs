using System.Globalization;
using System.Net;
using System.Text;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Water.Security;

/// <summary>
/// A station of each type with values, imported through the station file and the observation import, and
/// a licence with a month over its allowance, for the scorecard of 2025 (the app's clock: 15/06/2026).
/// </summary>
internal static class ScorecardFixture
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(7));

    public static async Task LoadAsync(TestApp app)
    {
        var registered = await StationTypesTests.RegisterAsync(app, StationTypesTests.Head +
            "SC-Q,Biên Hòa Q,automatic,10.95,106.82,DN,,,false,river,,Hòn Dấu,,\n" +
            "SC-V,Hồ Trị An V,automatic,11.10,107.03,TRIAN,,,false,reservoir,,Hòn Dấu,,2765\n" +
            "SC-GW,Giếng Củ Chi,periodic,10.97,106.49,SG,,,false,groundwater,qp2-3,,40,\n" +
            "SC-SAL,Hòa Phú mặn,automatic,10.99,106.62,SG,,,false,salinity,,,1,\n");
        Assert.True(registered.IsDone, string.Join("; ", registered.Problems.Select(p => p.Located().En)));
        var rows = new StringBuilder(WaterImportTests.Header);
        // Discharge: 100…110 m³/s on 20 December 2014–2024, then 50 in 2025: rank 1 of 11, p = 8.3 % (much below normal).
        for (var year = 2014; year <= 2025; year++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"SC-Q,{year}-12-20T09:00:00+07:00,Q,{(year == 2025 ? 50 : 100 + year - 2014)},m3/s,\n");
        }

        // Storage on 20 December 2019–2025: six past years, too few to rank.
        for (var year = 2019; year <= 2025; year++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"SC-V,{year}-12-20T09:00:00+07:00,V,{2000 + year - 2019},hm3,\n");
        }

        // Salinity 1 ‰ threshold: 3 hours above on 1 March 2025, 1 hour on 1 March 2024.
        string[] now = ["0.5", "1.5", "1.6", "1.7", "0.4", "0.3"];
        string[] last = ["0.5", "1.2", "0.4", "0.3"];
        for (var h = 0; h < now.Length; h++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"SC-SAL,2025-03-01T{8 + h:00}:00:00+07:00,SAL,{now[h]},g/L,\n");
        }

        for (var h = 0; h < last.Length; h++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"SC-SAL,2024-03-01T{8 + h:00}:00:00+07:00,SAL,{last[h]},g/L,\n");
        }

        var steward = await app.ClientAsAsync(Roles.DataSteward);
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(rows.ToString(), qc: "validated"))).StatusCode);

        // Depth to water, raw (not validated): 10 m deepening 0.5 m a month through 2025.
        var well = new StringBuilder(WaterImportTests.Header);
        for (var month = 1; month <= 12; month++)
        {
            well.Append(CultureInfo.InvariantCulture, $"SC-GW,2025-{month:00}-15T09:00:00+07:00,GWD,{10 + (0.5 * month)},m,\n");
        }

        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(well.ToString(), qc: "raw"))).StatusCode);

        // A surface-water work beside SC-Q: 5,000 m³ in March 2025 against 100 m³/day × 31 days.
        var licence = new
        {
            number = "60/GP-SC",
            holder = "Công ty Thử",
            source = "surface",
            waterBody = "Sông Đồng Nai",
            province = "75",
            latitude = 10.951m,
            longitude = 106.821m,
            purpose = "cấp nước",
            maxM3PerDay = 100m,
            validFrom = "2025-01-01",
            validTo = "2027-12-31",
            issuingBody = "Bộ Nông nghiệp và Môi trường",
            state = "active",
        };
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync("/api/v1/water/licences", licence)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steward.PutAsJsonAsync("/api/v1/water/licences/60%2FGP-SC/volumes", new { items = new[] { new { year = 2025, month = 3, volumeM3 = 5000m } } })).StatusCode);
    }
}
