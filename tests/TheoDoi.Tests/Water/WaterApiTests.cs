using System.Xml.Linq;
using TheoDoi.Accounts;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>Public endpoints show validated data only; exports; permissions; the CLI.</summary>
public sealed class WaterApiTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private HttpClient _steward = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _steward = await _app.ClientAsAsync(Roles.DataSteward);
        var validated = WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2026-01-10T09:00:00+07:00") + WaterImportTests.Sample("SG-07", "2026-02-10T09:00:00+07:00");
        var raw = WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2026-03-10T09:00:00+07:00", doValue: 3.1m);
        (await _steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(validated, qc: "validated"))).EnsureSuccessStatusCode();
        (await _steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(raw))).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Public_endpoints_show_validated_data_only()
    {
        var anonymous = _app.CreateClient();

        var publicWqi = await anonymous.GetFromJsonAsync<List<WaterDtos.IndexDto>>("/api/v1/public/water/stations/SG-07/wqi?from=2026-01-01&to=2026-12-31", Json.Options);
        var signedInWqi = await _steward.GetFromJsonAsync<List<WaterDtos.IndexDto>>("/api/v1/water/stations/SG-07/wqi?from=2026-01-01&to=2026-12-31", Json.Options);
        var publicObservations = await anonymous.GetFromJsonAsync<List<WaterDtos.ObservationDto>>("/api/v1/public/water/stations/SG-07/observations?parameter=DO&from=2026-01-01&to=2026-12-31", Json.Options);
        var station = await anonymous.GetFromJsonAsync<WaterDtos.StationDto>("/api/v1/public/water/stations/SG-07", Json.Options);
        var page = await anonymous.GetStringAsync("/water/stations/SG-07?from=2026-01-01&to=2026-12-31");

        Assert.Equal(2, publicWqi!.Count);
        Assert.All(publicWqi, i => Assert.True(i.Validated));
        Assert.Equal(3, signedInWqi!.Count);
        Assert.Equal([5.7, 5.7], publicObservations!.Select(o => o.Value));
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(7)), station!.Latest!.Time);
        Assert.DoesNotContain("chưa kiểm định", page, StringComparison.Ordinal);
        Assert.Contains("CC BY-SA 4.0", await anonymous.GetStringAsync("/water"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_WaterML_export_is_well_formed_OGC_WaterML_2_with_one_series_per_parameter()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/public/water/stations/SG-07/export?format=waterml&from=2026-01-01&to=2026-12-31");
        response.EnsureSuccessStatusCode();
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace wml = WaterMlExport.WaterMl, om = WaterMlExport.Om, gml = WaterMlExport.Gml, xlink = WaterMlExport.XLink;

        Assert.Equal(wml + "Collection", document.Root!.Name);
        Assert.NotNull(document.Root.Element(wml + "metadata")?.Element(wml + "DocumentMetadata")?.Element(wml + "generationDate"));
        var point = document.Root.Element(wml + "samplingFeatureMember")!.Element(wml + "MonitoringPoint")!;
        Assert.Equal("10.9195 106.6492", point.Descendants(gml + "pos").Single().Value);
        var observations = document.Root.Elements(wml + "observationMember").Select(m => m.Element(om + "OM_Observation")!).ToList();
        Assert.Equal(9, observations.Count);
        var doSeries = observations.Single(o => o.Element(om + "observedProperty")!.Attribute(xlink + "href")!.Value.EndsWith("#DO", StringComparison.Ordinal));
        var series = doSeries.Element(om + "result")!.Element(wml + "MeasurementTimeseries")!;
        Assert.Equal("mg/L", series.Descendants(wml + "uom").Single().Attribute("code")!.Value);
        var points = series.Elements(wml + "point").Select(p => p.Element(wml + "MeasurementTVP")!).ToList();
        Assert.Equal(["2026-01-10T09:00:00+07:00", "2026-02-10T09:00:00+07:00"], points.Select(p => p.Element(wml + "time")!.Value));
        Assert.Equal("5.7", points[0].Element(wml + "value")!.Value);
        var arsenic = observations.Single(o => o.Element(om + "observedProperty")!.Attribute(xlink + "href")!.Value.EndsWith("#As", StringComparison.Ordinal));
        Assert.Contains("BelowDetectionRange", arsenic.Descendants(wml + "censoredReason").First().Attribute(xlink + "href")!.Value, StringComparison.Ordinal);
        Assert.All(document.Descendants().Where(e => e.Attribute(gml + "id") is not null).GroupBy(e => e.Attribute(gml + "id")!.Value), g => Assert.Single(g));
    }

    [Fact]
    public async Task The_CSV_export_is_the_canonical_file_and_imports_again_unchanged()
    {
        var csv = await _app.CreateClient().GetStringAsync("/api/v1/public/water/stations/SG-07/export?format=csv&from=2026-01-01&to=2026-12-31");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(WaterImportTests.Header.TrimEnd('\n'), lines[0]);
        Assert.Equal(19, lines.Length);
        Assert.Contains("SG-07,2026-01-10T09:00:00+07:00,As,0.02,mg/L,<", lines);
        var again = await (await _steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(csv))).Content.ReadFromJsonAsync<WaterDtos.ImportResultDto>(Json.Options);
        Assert.Equal((0L, 0L, 18L), (again!.Inserted, again.Updated, again.Unchanged));
    }

    [Theory]
    [InlineData(Roles.Reporter, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Leader, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Coordinator, HttpStatusCode.Forbidden)]
    [InlineData(Roles.DataSteward, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    public async Task Only_data_stewards_and_admins_import(string role, HttpStatusCode expected)
    {
        var client = await _app.ClientAsAsync(role);
        var response = await client.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(WaterImportTests.Header + WaterImportTests.Sample("SG-01", "2026-05-10T09:00:00+07:00")));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.CreateClient().PostAsync("/api/v1/water/observations/import", WaterImportTests.File("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/water/alerts")).StatusCode);
    }

    [Fact]
    public async Task A_steward_validates_a_period_and_it_becomes_public()
    {
        var response = await _steward.PostAsJsonAsync("/api/v1/water/stations/SG-07/validation", new { from = "2026-03-01", to = "2026-03-31", state = "validated" }, Json.Options);
        response.EnsureSuccessStatusCode();

        var publicWqi = await _app.CreateClient().GetFromJsonAsync<List<WaterDtos.IndexDto>>("/api/v1/public/water/stations/SG-07/wqi?from=2026-01-01&to=2026-12-31", Json.Options);
        Assert.Equal(3, publicWqi!.Count);
        Assert.Contains(await _app.WithDbAsync(db => db.AuditEntries.Select(a => a.EntityKey).ToListAsync()), k => k.StartsWith("SG-07 2026-03-01", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.ClientAsAsync(Roles.Leader)).PostAsJsonAsync("/api/v1/water/stations/SG-07/validation", new { from = "2026-03-01", to = "2026-03-31", state = "rejected" }, Json.Options)).StatusCode);
    }

    [Fact]
    public async Task The_wqi_command_computes_without_a_database()
    {
        var path = Path.Combine(_app.Data.DataDirectory, "sample.csv");
        await File.WriteAllTextAsync(path, WaterImportTests.Header + WaterImportTests.Sample("P1", "2024-03-15T08:30:00+07:00").Replace("As,0.02,mg/L,<", "As,0.02,mg/L,", StringComparison.Ordinal)
            + "P1,2024-03-15T08:30:00+07:00,Cu,0.05,mg/L,\nP1,2024-03-15T08:30:00+07:00,aldrin,0.05,µg/L,\nP1,2024-03-15T08:30:00+07:00,dieldrin,0.05,µg/L,\n");

        var plain = await Infrastructure.Cli.RunAsync(null, "wqi", path);
        var weighted = await Infrastructure.Cli.RunAsync(null, "wqi", path, "--weighted", "--format", "json");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal("station,time,wqi,band,formula,parameters,note", plain.Output.Split('\n')[0]);
        Assert.StartsWith("P1,2024-03-15T08:30:00+07:00,35,Xấu,3,", plain.Output.Split('\n')[1], StringComparison.Ordinal);
        Assert.Contains("\"wqi\":40", weighted.Output.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
