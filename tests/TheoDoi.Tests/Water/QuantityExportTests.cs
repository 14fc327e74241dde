using System.Globalization;
using System.Xml.Linq;
using TheoDoi.Accounts;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

public sealed class QuantityExportFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync();
        await StationFixtures.AddAllAsync(App);
        // A river level and an intake's salinity beside the fixture's discharge and chloride, validated; then one
        // raw (not yet validated) value of every series in the same year, which no export may carry.
        var validated = WaterImportTests.Header;
        var raw = WaterImportTests.Header;
        for (var day = 1; day <= 10; day++)
        {
            validated += $"{StationFixtures.River},2024-06-{day:00}T08:00:00+07:00,H,{(1.5 + (day / 100.0)).ToString(CultureInfo.InvariantCulture)},m,\n";
            validated += $"{StationFixtures.Salinity},2024-02-{day:00}T08:00:00+07:00,SAL,{(2 + (day / 10.0)).ToString(CultureInfo.InvariantCulture)},‰,\n";
        }

        foreach (var (station, parameter, unit) in QuantityExportTests.Series)
        {
            raw += $"{station},2024-07-15T10:30:00+07:00,{parameter},{QuantityExportTests.RawValue},{unit},\n";
        }

        await StationFixtures.ImportAsync(App, validated, QcState.Validated);
        await StationFixtures.ImportAsync(App, raw, QcState.Raw);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// The CSV and WaterML 2.0 exports (signed-in and public) of each quantity station carry its own series in
/// the parameter's unit (docs/reference/water-security.md, "Parameter codes for quantity": H m, Q m³/s,
/// V hm³, GWD m, SAL ‰) and validated values only — a value still raw is never published.
/// </summary>
public sealed class QuantityExportTests(QuantityExportFixture fixture) : IClassFixture<QuantityExportFixture>
{
    public const string RawValue = "777.125";

    public static readonly (string Station, string Parameter, string Unit)[] Series =
    [
        (StationFixtures.River, "H", "m"),
        (StationFixtures.River, "Q", "m³/s"),
        (StationFixtures.Reservoir, "V", "hm³"),
        (StationFixtures.Well, "GWD", "m"),
        (StationFixtures.Salinity, "SAL", "‰"),
    ];

    private static readonly XNamespace s_wml = WaterMlExport.WaterMl;
    private static readonly XNamespace s_om = WaterMlExport.Om;
    private static readonly XNamespace s_xlink = WaterMlExport.XLink;

    public static TheoryData<string, string> Exports() => new()
    {
        { StationFixtures.River, "/api/v1/water" },
        { StationFixtures.River, "/api/v1/public/water" },
        { StationFixtures.Reservoir, "/api/v1/water" },
        { StationFixtures.Reservoir, "/api/v1/public/water" },
        { StationFixtures.Well, "/api/v1/water" },
        { StationFixtures.Well, "/api/v1/public/water" },
        { StationFixtures.Salinity, "/api/v1/water" },
        { StationFixtures.Salinity, "/api/v1/public/water" },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task The_csv_carries_the_stations_series_in_their_units_validated_only(string station, string api)
    {
        var rows = (await GetAsync(api, station, "csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();

        foreach (var (_, parameter, unit) in Series.Where(s => s.Station == station))
        {
            var series = rows.Where(r => r[2] == parameter).ToList();
            Assert.True(series.Count >= 10, $"{station} {parameter}: {series.Count} rows");
            Assert.All(series, r => Assert.Equal((station, unit), (r[0], r[4])));
        }

        Assert.DoesNotContain(rows, r => r[3] == RawValue);
        Assert.All(rows, r => Assert.Equal(station, r[0]));
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task The_waterml_has_a_time_series_per_parameter_in_its_ucum_unit_and_public_ones_validated_only(string station, string api)
    {
        var document = XDocument.Parse(await GetAsync(api, station, "waterml"));
        var observations = document.Descendants(s_om + "OM_Observation").ToList();

        foreach (var (_, parameter, unit) in Series.Where(s => s.Station == station))
        {
            var observation = Assert.Single(observations, o => ((string?)o.Element(s_om + "observedProperty")?.Attribute(s_xlink + "href"))?.EndsWith("/water/parameters#" + parameter, StringComparison.Ordinal) == true);
            Assert.Equal(TheoDoi.Core.Water.UcumUnits.ByUnit[unit], observation.Descendants(s_wml + "uom").Single().Attribute("code")!.Value);
            Assert.True(observation.Descendants(s_wml + "MeasurementTVP").Count() >= 10, $"{station} {parameter}: too few points");
        }

        // The public export shares validated values only; a signed-in reader's marks a raw value unchecked.
        var raw = document.Descendants(s_wml + "MeasurementTVP").Where(p => p.Element(s_wml + "value")?.Value == RawValue).ToList();
        if (api.Contains("/public/", StringComparison.Ordinal))
        {
            Assert.Empty(raw);
        }
        else
        {
            Assert.All(raw, p => Assert.EndsWith("/unchecked", p.Descendants(s_wml + "quality").Single().Attribute(s_xlink + "href")!.Value, StringComparison.Ordinal));
        }
    }

    private async Task<string> GetAsync(string api, string station, string format)
    {
        var client = api.Contains("/public/", StringComparison.Ordinal) ? fixture.App.CreateClient() : await fixture.App.ClientAsAsync(Roles.Leader);
        var response = await client.GetAsync($"{api}/stations/{station}/export?format={format}&from=2024-01-01&to=2024-12-31");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{api} {station} {format}: {(int)response.StatusCode} {body}");
        return body;
    }
}
