using System.Xml.Linq;
using TheoDoi.Accounts;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water.WaterMl;

/// <summary>
/// Every kind of WaterML export (each station type, censored values, an empty period, public and signed-in)
/// validates against the official OGC WaterML 2.0 schema, and says what a partner needs to read it: UCUM
/// units, the interpolation of the series, resolvable identifiers, censored values and QC state.
/// </summary>
public sealed class WaterMlExportTests : IAsyncLifetime
{
    private static readonly XNamespace s_wml = WaterMlExport.WaterMl, s_om = WaterMlExport.Om, s_gml = WaterMlExport.Gml, s_xlink = WaterMlExport.XLink, s_swe = WaterMlExport.Swe;

    private TestApp _app = null!;
    private HttpClient _steward = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        _steward = await _app.ClientAsAsync(Roles.DataSteward);
        await StationFixtures.AddAllAsync(_app);
        var registered = await StationTypesTests.RegisterAsync(_app, StationTypesTests.Head + "NC-01,Điểm chưa có tọa độ,periodic,,,SG,,,false,,,,,\n");
        Assert.True(registered.IsDone, string.Join("; ", registered.Problems.Select(p => p.Located().En)));
        var samples = WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2026-01-10T09:00:00+07:00") + WaterImportTests.Sample("SG-07", "2026-02-10T09:00:00+07:00")
            + "SG-07,2026-02-10T09:00:00+07:00,turbidity,1000,NTU,>\n" + WaterImportTests.Sample("NC-01", "2026-01-12T10:00:00+07:00");
        await StationFixtures.ImportAsync(_app, samples, QcState.Validated);
        await StationFixtures.ImportAsync(_app, WaterImportTests.Header + WaterImportTests.Sample("SG-07", "2026-03-10T09:00:00+07:00", doValue: 3.1m), QcState.Raw);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<string> ExportAsync(string station, string from, string to, bool signedIn)
    {
        var client = signedIn ? _steward : _app.CreateClient();
        var response = await client.GetAsync($"/api/v1/{(signedIn ? "" : "public/")}water/stations/{station}/export?format=waterml&from={from}&to={to}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/xml", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    public static TheoryData<string, string, string, bool> Kinds()
    {
        var kinds = new TheoryData<string, string, string, bool>();
        foreach (var signedIn in new[] { false, true })
        {
            kinds.Add("SG-07", "2026-01-01", "2026-12-31", signedIn); // quality grab samples with "<" and ">" values
            kinds.Add(StationFixtures.River, "2024-12-20", "2025-01-05", signedIn); // daily discharge, one raw flood
            kinds.Add(StationFixtures.Reservoir, "2024-12-01", "2024-12-31", signedIn);
            kinds.Add(StationFixtures.Well, "2024-01-01", "2024-12-31", signedIn);
            kinds.Add(StationFixtures.Salinity, "2024-02-01", "2024-02-10", signedIn); // hourly chloride
            kinds.Add("SG-07", "2020-01-01", "2020-01-31", signedIn); // an empty period
            kinds.Add("NC-01", "2026-01-01", "2026-01-31", signedIn); // a station without coordinates
            kinds.Add(StationFixtures.River, "2013-01-01", "2024-12-31", signedIn); // twelve years, streamed
        }

        return kinds;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_export_validates_against_the_official_WaterML_2_schema(string station, string from, string to, bool signedIn)
    {
        var xml = await ExportAsync(station, from, to, signedIn);

        Assert.Empty(WaterMlSchema.Errors(xml));
        var document = XDocument.Parse(xml);
        Assert.All(document.Descendants().Attributes(s_gml + "id").GroupBy(a => a.Value), g => Assert.Single(g));
        Assert.All(document.Descendants(s_om + "OM_Observation"), o =>
            Assert.Equal(WaterMlVocabulary.ObservationType, o.Element(s_om + "type")!.Attribute(s_xlink + "href")!.Value));
    }

    public static TheoryData<string, string, string, string, string> Series => new()
    {
        { "SG-07", "2026-01-01", "DO", "mg/L", "Discontinuous" },
        { "SG-07", "2026-01-01", "temp", "Cel", "Discontinuous" },
        { "SG-07", "2026-01-01", "pH", "[pH]", "Discontinuous" },
        { "SG-07", "2026-01-01", "coliform", "{MPN}/100mL", "Discontinuous" },
        { "SG-07", "2026-01-01", "NH4_N", "mg/L", "Discontinuous" },
        { "SG-07", "2026-01-01", "turbidity", "[NTU]", "Discontinuous" },
        { StationFixtures.River, "2024-12-01", "Q", "m3/s", "Continuous" },
        { StationFixtures.Reservoir, "2024-12-01", "V", "hm3", "Continuous" },
        { StationFixtures.Well, "2024-01-01", "GWD", "m", "Discontinuous" },
        { StationFixtures.Salinity, "2024-02-01", "Cl", "mg/L", "Continuous" },
    };

    [Theory]
    [MemberData(nameof(Series))]
    public async Task Each_series_has_its_UCUM_unit_and_the_interpolation_of_its_station_kind(string station, string from, string parameter, string ucum, string interpolation)
    {
        var document = XDocument.Parse(await ExportAsync(station, from, from[..4] + "-12-31", signedIn: false));

        var metadata = SeriesOf(document, parameter).Element(s_wml + "defaultPointMetadata")!.Element(s_wml + "DefaultTVPMeasurementMetadata")!;
        Assert.Equal(ucum, metadata.Element(s_wml + "uom")!.Attribute("code")!.Value);
        Assert.Equal("http://www.opengis.net/def/waterml/2.0/interpolationType/" + interpolation, metadata.Element(s_wml + "interpolationType")!.Attribute(s_xlink + "href")!.Value);
        Assert.Equal("http://www.opengis.net/def/waterml/2.0/quality/good", metadata.Element(s_wml + "quality")!.Attribute(s_xlink + "href")!.Value);
    }

    [Fact]
    public async Task Observed_properties_features_and_procedures_resolve_to_public_pages()
    {
        var document = XDocument.Parse(await ExportAsync("SG-07", "2026-01-01", "2026-12-31", signedIn: false));
        var observation = SeriesOf(document, "DO").Parent!.Parent!;
        var anonymous = _app.CreateClient();

        var property = observation.Element(s_om + "observedProperty")!.Attribute(s_xlink + "href")!.Value;
        Assert.Equal("http://localhost/water/parameters#DO", property);
        Assert.Contains("id=\"DO\"", await anonymous.GetStringAsync(new Uri(property).PathAndQuery), StringComparison.Ordinal);
        var feature = observation.Element(s_om + "featureOfInterest")!.Attribute(s_xlink + "href")!.Value;
        Assert.Equal("http://localhost/water/stations/SG-07", feature);
        Assert.Equal(feature, document.Descendants(s_wml + "MonitoringPoint").Single().Element(s_gml + "identifier")!.Value);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(feature).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(observation.Element(s_om + "procedure")!.Attribute(s_xlink + "href")!.Value).PathAndQuery)).StatusCode);
        Assert.Equal("10.9195 106.6492", document.Descendants(s_gml + "Point").Single().Element(s_gml + "pos")!.Value);
        Assert.Equal("http://www.opengis.net/def/crs/EPSG/0/4326", document.Descendants(s_gml + "Point").Single().Attribute("srsName")!.Value);
    }

    [Fact]
    public async Task Censored_values_carry_their_reason_and_the_CSV_qualifier()
    {
        var document = XDocument.Parse(await ExportAsync("SG-07", "2026-01-01", "2026-12-31", signedIn: false));

        var below = SeriesOf(document, "As").Descendants(s_wml + "TVPMeasurementMetadata").First();
        Assert.Equal("http://www.opengis.net/def/nil/OGC/0/BelowDetectionRange", below.Element(s_wml + "censoredReason")!.Attribute(s_xlink + "href")!.Value);
        Assert.Equal("<", below.Element(s_wml + "qualifier")!.Descendants(s_swe + "value").Single().Value);
        var above = SeriesOf(document, "turbidity").Descendants(s_wml + "TVPMeasurementMetadata").Single();
        Assert.Equal("http://www.opengis.net/def/nil/OGC/0/AboveDetectionRange", above.Element(s_wml + "censoredReason")!.Attribute(s_xlink + "href")!.Value);
        Assert.Empty(SeriesOf(document, "DO").Descendants(s_wml + "TVPMeasurementMetadata"));
    }

    [Fact]
    public async Task The_public_export_has_validated_values_only_and_a_signed_in_one_marks_raw_values_unchecked()
    {
        var open = XDocument.Parse(await ExportAsync(StationFixtures.River, "2024-12-20", "2025-01-05", signedIn: false));
        var signedIn = XDocument.Parse(await ExportAsync(StationFixtures.River, "2024-12-20", "2025-01-05", signedIn: true));

        Assert.DoesNotContain("9000", SeriesOf(open, "Q").Descendants(s_wml + "value").Select(v => v.Value));
        var flood = SeriesOf(signedIn, "Q").Elements(s_wml + "point").Select(p => p.Element(s_wml + "MeasurementTVP")!).Single(p => p.Element(s_wml + "value")!.Value == "9000");
        Assert.Equal("2025-01-01T08:00:00+07:00", flood.Element(s_wml + "time")!.Value);
        var metadata = flood.Element(s_wml + "metadata")!.Element(s_wml + "TVPMeasurementMetadata")!;
        Assert.Equal("http://www.opengis.net/def/waterml/2.0/quality/unchecked", metadata.Element(s_wml + "quality")!.Attribute(s_xlink + "href")!.Value);
        Assert.Equal("raw", metadata.Element(s_wml + "qualifier")!.Descendants(s_swe + "value").Single().Value);
        Assert.Equal(SeriesOf(open, "Q").Elements(s_wml + "point").Count() + 1, SeriesOf(signedIn, "Q").Elements(s_wml + "point").Count());
    }

    [Fact]
    public async Task A_station_without_coordinates_says_its_shape_is_missing()
    {
        var document = XDocument.Parse(await ExportAsync("NC-01", "2026-01-01", "2026-01-31", signedIn: false));

        Assert.Equal("missing", document.Descendants(XName.Get("shape", WaterMlExport.Sams)).Single().Attribute("nilReason")!.Value);
    }

    [Theory]
    [InlineData("/api/v1/public/water/stations/SG-07/export?format=waterml&from=2026-02-01&to=2026-01-31", false)]
    [InlineData("/api/v1/water/stations/SG-07/export?format=csv&from=2026-02-01&to=2026-01-31", true)]
    [InlineData("/api/v1/public/water/stations/SG-07/observations?from=2026-02-01&to=2026-01-31", false)]
    [InlineData("/api/v1/water/stations/SG-07/observations?from=2026-02-01&to=2026-01-31", true)]
    [InlineData("/api/v1/public/water/stations/SG-07/wqi?from=2026-02-01&to=2026-01-31", false)]
    public async Task A_from_after_to_is_refused_in_both_languages_by_exports_and_series_reads(string url, bool signedIn)
    {
        var vietnamese = signedIn ? _steward : _app.CreateClient();
        var english = signedIn ? await _app.ClientAsAsync(Roles.DataSteward) : _app.CreateClient();
        WaterImportTests.InEnglish(english);

        var vi = await vietnamese.GetAsync(url);
        var en = await english.GetAsync(url);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (vi.StatusCode, en.StatusCode));
        Assert.Contains("sau ngày kết thúc", await vi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("is after to", await en.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static XElement SeriesOf(XDocument document, string parameter) =>
        document.Descendants(s_om + "OM_Observation")
            .Single(o => o.Element(s_om + "observedProperty")!.Attribute(s_xlink + "href")!.Value.EndsWith("#" + parameter, StringComparison.Ordinal))
            .Element(s_om + "result")!.Element(s_wml + "MeasurementTimeseries")!;
}
