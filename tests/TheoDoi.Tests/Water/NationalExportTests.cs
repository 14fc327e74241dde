using System.Globalization;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TheoDoi.Accounts;
using TheoDoi.Core.Water;
using TheoDoi.Water;
using TheoDoi.Water.National;

namespace TheoDoi.Tests.Water;

public sealed class NationalExportFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;
    public HttpClient Steward { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(new TestAppOptions(Clock: new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(7)))));
        await StationFixtures.AddAllAsync(App);
        await StationFixtures.ImportAsync(App, WaterImportTests.Header +
            "RV-01,2025-02-10T09:00:00+07:00,H,-0.35,m,\nSG-01,2025-03-10T09:00:00+07:00,DO,6.1,mg/L,\nSG-01,2025-03-10T09:00:00+07:00,As,0.001,mg/L,<\nSG-02,2025-04-10T09:00:00+07:00,pH,6.9,,\n", QcState.Validated);
        await StationFixtures.ImportAsync(App, WaterImportTests.Header + "SG-01,2025-03-11T09:00:00+07:00,DO,2.0,mg/L,\n", QcState.Raw);
        Steward = await App.ClientAsAsync(Roles.DataSteward, username: "steward-national");
        foreach (var (number, from, to) in new[] { ("7/GP-BNNMT", "2025-01-01", "2027-12-31"), ("3/GP-UBND", "2019-01-01", "2022-12-31") })
        {
            var licence = new
            {
                number,
                holder = "Công ty Cấp nước Thử",
                source = "ground",
                waterBody = "qp2-3",
                province = "79",
                latitude = 10.8m,
                longitude = 106.7m,
                purpose = "cấp nước sinh hoạt",
                maxM3PerDay = 1200m,
                validFrom = from,
                validTo = to,
                issuingBody = "Bộ Nông nghiệp và Môi trường",
                state = "active",
            };
            Assert.Equal(HttpStatusCode.OK, (await Steward.PostAsJsonAsync("/api/v1/water/licences", licence)).StatusCode);
        }
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// The national database export (issue 10, item 7), read back as the national system would: one CSV a
/// table under the mapping's field names, the stations, the validated values of the period and the
/// licences valid in it, as they are in the store.
/// </summary>
public sealed class NationalExportTests(NationalExportFixture fixture) : IClassFixture<NationalExportFixture>
{
    private TestApp App => fixture.App;

    private async Task<Dictionary<string, List<Dictionary<string, string>>>> ExportAsync(string query)
    {
        var response = await fixture.Steward.GetAsync("/api/v1/water/national-export" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var tables = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var csv = new CsvRecordReader(reader, 1 << 20);
            var header = csv.Next()!.Fields;
            var rows = new List<Dictionary<string, string>>();
            while (csv.Next() is { IsBlank: false } record)
            {
                Assert.Equal(header.Count, record.Fields.Count);
                rows.Add(header.Zip(record.Fields).ToDictionary(p => p.First, p => p.Second));
            }

            tables[Path.GetFileNameWithoutExtension(entry.Name)] = rows;
            if (entry.Name != NationalMapping.FileName)
            {
                // Columns are the mapping's, in its order, for every table.
                Assert.Equal(NationalMapping.Of(Path.GetFileNameWithoutExtension(entry.Name)).Select(f => f.Name), header);
            }
        }

        return tables;
    }

    [Fact]
    public async Task The_export_holds_every_station_the_validated_values_of_the_period_and_the_licences_valid_in_it()
    {
        var tables = await ExportAsync("?from=2024-12-01&to=2025-06-30");
        var stations = await App.WithDbAsync(db => db.WaterStations.Select(s => s.Code).OrderBy(c => c).ToListAsync());
        var (from, to) = WaterQueries.Span(new DateOnly(2024, 12, 1), new DateOnly(2025, 6, 30));
        var stored = await App.WithDbAsync(db => db.WaterObservations
            .Where(o => o.Qc == (short)QcState.Validated && o.ObservedAt >= from && o.ObservedAt <= to)
            .Join(db.WaterStations, o => o.StationId, s => s.Id, (o, s) => new { s.Code, o.ParameterId, o.ObservedAt, o.Value })
            .Join(db.WaterParameters, o => o.ParameterId, p => p.Id, (o, p) => new { o.Code, Parameter = p.Code, o.ObservedAt, o.Value }).ToListAsync());
        var observations = tables[NationalMapping.Observations];

        Assert.Equal(stations, tables[NationalMapping.Stations].Select(r => r["ma_tram"]).Order(StringComparer.Ordinal));
        // The province today: Bến Củi lay in Bình Dương (74) until 1/7/2025, in Thành phố Hồ Chí Minh (79) since.
        Assert.Equal("79", tables[NationalMapping.Stations].Single(r => r["ma_tram"] == "SG-01")["ma_tinh"]);
        Assert.Equal(stored.Count, observations.Count);
        Assert.Equal(
            stored.Select(o => $"{o.Code} {o.Parameter} {WaterQueries.Local(o.ObservedAt):yyyy-MM-dd'T'HH:mm:sszzz} {o.Value.ToString("R", CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal),
            observations.Select(o => $"{o["ma_tram"]} {o["ma_thong_so"]} {o["thoi_gian"]} {o["gia_tri"]}").Order(StringComparer.Ordinal));
        Assert.Contains(observations, o => o["ma_tram"] == StationFixtures.River && o["ma_thong_so"] == "Q" && o["don_vi_ucum"] == "m3/s");
        Assert.DoesNotContain(observations, o => o["thoi_gian"].StartsWith("2025-03-11", StringComparison.Ordinal)); // raw
        Assert.DoesNotContain(observations, o => o["thoi_gian"].StartsWith("2025-01-01T08", StringComparison.Ordinal)); // raw flood
        Assert.Equal("-0.35", observations.Single(o => o["ma_thong_so"] == "H")["gia_tri"]); // a level below the datum stays a number
        Assert.Equal("<", observations.Single(o => o["ma_thong_so"] == "As")["dau_hieu"]);
        var licence = Assert.Single(tables[NationalMapping.Licences]);
        Assert.Equal(("7/GP-BNNMT", "nuoc_duoi_dat", "1200", "2027-12-31"), (licence["so_giay_phep"], licence["loai_nguon_nuoc"], licence["luu_luong_toi_da"], licence["hieu_luc_den"]));
    }

    [Fact]
    public async Task The_mapping_shipped_is_the_repository_file_the_exporter_reads_and_names_only_known_sources()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "TheoDoi.sln")))
        {
            root = root.Parent!;
        }

        var file = await File.ReadAllTextAsync(Path.Combine(root.FullName, "src/TheoDoi/Water/National", NationalMapping.FileName));
        var response = await fixture.Steward.GetAsync("/api/v1/water/national-export");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        using var shipped = new StreamReader(zip.GetEntry(NationalMapping.FileName)!.Open());

        Assert.Equal(file, NationalMapping.Text);
        Assert.Equal(file, await shipped.ReadToEndAsync());
        Assert.Equal([NationalMapping.Stations, NationalMapping.Observations, NationalMapping.Licences], NationalMapping.Fields.Select(f => f.Table).Distinct());
        Assert.All(NationalMapping.Fields, f => Assert.True(
            NationalSources.Station.ContainsKey(f.Source) || NationalSources.Observation.ContainsKey(f.Source) || NationalSources.Licence.ContainsKey(f.Source), f.Source));
    }

    [Fact]
    public async Task From_after_to_is_refused_with_400_and_only_stewards_and_admins_may_export()
    {
        var refused = await fixture.Steward.GetAsync("/api/v1/water/national-export?from=2025-06-30&to=2025-01-01");
        var reporter = await App.ClientAsAsync(Roles.Reporter, unit: "CMT", username: "reporter-national");
        var admin = await App.ClientAsAsync(Roles.Admin, username: "admin-national");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("sau ngày kết thúc", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/api/v1/water/national-export")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync("/api/v1/water/national-export")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/water/national-export")).StatusCode);
    }
}
