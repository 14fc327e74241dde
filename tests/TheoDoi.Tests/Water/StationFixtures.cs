using System.Globalization;
using System.Text;
using TheoDoi.Core.Water.Security;
using TheoDoi.Shared;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>
/// One station of each quantity type with its own record, registered and imported through the normal use
/// cases (station file, observation file): the pages are tested on data they did not make themselves.
/// </summary>
internal static class StationFixtures
{
    /// <summary>Discharge 2013–2024 validated; 2024 at half its usual flow; one raw (unvalidated) flood on 1 January 2025.</summary>
    public const string River = "RV-01";

    /// <summary>Storage 1000 hm³ in 2013 rising 10 hm³ a year to 1110 hm³ in 2024, of 2765 hm³ full supply.</summary>
    public const string Reservoir = "RS-01";

    /// <summary>Monthly depth to water 2015–2024 deepening exactly 0.5 m a year from 20 m; allowed depth 40 m.</summary>
    public const string Well = "GW-01";

    /// <summary>Hourly chloride in two dry seasons; threshold 250 mg/L; one event in February 2024 peaking at 366, one still open in March 2025.</summary>
    public const string Salinity = "HP-01";

    public static async Task AddAllAsync(TestApp app)
    {
        var registered = await StationTypesTests.RegisterAsync(app, StationTypesTests.Head +
            $"{River},Trạm Biên Hòa (thử),automatic,10.95,106.82,DN,,,false,river,,Hòn Dấu,,\n" +
            $"{Reservoir},Hồ thử,automatic,11.10,107.03,,,,false,reservoir,,Hòn Dấu,,2765\n" +
            $"{Well},Giếng thử,periodic,10.86,106.65,,,,false,groundwater,qp2-3,,40,\n" +
            $"{Salinity},Cửa lấy nước thử,automatic,10.99,106.62,SG,,,false,salinity,,,250,\n");
        Assert.True(registered.IsDone, string.Join("; ", registered.Problems.Select(p => p.Located().En)));
        await ImportAsync(app, Validated(), QcState.Validated);
        await ImportAsync(app, WaterImportTests.Header + $"{River},2025-01-01T08:00:00+07:00,Q,9000,m³/s,\n", QcState.Raw);
    }

    public static async Task ImportAsync(TestApp app, string csv, QcState qc)
    {
        var summary = await app.WithAsync<ImportObservations, ImportObservations.Summary>(async import =>
        {
            await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            return await import.RunAsync(stream, new ImportObservations.Request("fixture.csv", qc));
        });
        Assert.True(summary.Succeeded, string.Join("; ", summary.Errors));
    }

    private static string Validated()
    {
        var rows = new StringBuilder(WaterImportTests.Header);
        void Add(string station, DateTime local, string parameter, double value, string unit) =>
            rows.Append(CultureInfo.InvariantCulture, $"{station},{local:yyyy-MM-dd'T'HH:mm:ss}+07:00,{parameter},{value.ToString("0.######", CultureInfo.InvariantCulture)},{unit},\n");

        for (var day = new DateTime(2013, 1, 1); day < new DateTime(2025, 1, 1); day = day.AddDays(1))
        {
            var seasonal = 100 + (50 * Math.Sin(day.DayOfYear / 365.0 * 2 * Math.PI)) + (day.Year % 7);
            Add(River, day.AddHours(8), "Q", day.Year == 2024 ? seasonal / 2 : seasonal, "m³/s");
            Add(Reservoir, day.AddHours(8), "V", 1000 + (10 * (day.Year - 2013)), "hm³");
        }

        for (var month = new DateOnly(2015, 1, 1); month < new DateOnly(2025, 1, 1); month = month.AddMonths(1))
        {
            Add(Well, month.ToDateTime(new TimeOnly(9, 0)), "GWD", 20 + (0.5 * (GroundwaterTrend.FractionalYear(month) - 2015)), "m");
        }

        // Ten days of hourly chloride in each of two dry seasons.
        foreach (var (start, high) in new[] { (new DateTime(2024, 2, 1), new DateTime(2024, 2, 5, 10, 0, 0)), (new DateTime(2025, 3, 1), new DateTime(2025, 3, 10, 20, 0, 0)) })
        {
            for (var hour = start; hour < start.AddDays(10); hour = hour.AddHours(1))
            {
                var above = hour >= high && hour < high.AddHours(6);
                Add(Salinity, hour, "Cl", above ? (hour == high.AddHours(2) ? 366 : 300) : 120, "mg/L");
            }
        }

        return rows.ToString();
    }
}
