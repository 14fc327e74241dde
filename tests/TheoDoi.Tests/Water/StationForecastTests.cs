using System.Globalization;
using System.Net;
using System.Text;
using TheoDoi.Accounts;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>
/// The statistical forecast of a station (issue 9): imported through the normal import, a salinity intake's
/// hourly tide is forecast 7 days ahead with its skill, a well's monthly depth 12 months ahead; the public
/// endpoint and page use validated values only; too little history and unknown stations say so.
/// </summary>
public sealed class StationForecastTests(StationForecastFixture fixture) : IClassFixture<StationForecastFixture>
{
    private static readonly DateTimeOffset s_start = StationForecastFixture.Start;

    private TestApp App => fixture.App;

    private HttpClient Steward => fixture.Steward;

    [Fact]
    public async Task A_salinity_intake_gets_a_7_day_hourly_forecast_with_intervals_and_its_skill_over_the_naive()
    {
        var forecast = await Steward.GetFromJsonAsync<StationForecast.ForecastDto>("/api/v1/water/stations/hp-01/forecast", Json.Options);

        Assert.Equal(("SAL", "harmonic-regression", "P7D"), (forecast!.Parameter, forecast.Method, forecast.Horizon));
        Assert.Equal("dự báo thống kê, không phải mô hình thủy văn", forecast.Label);
        Assert.Equal(168, forecast.Points.Count);
        Assert.Equal(s_start.AddDays(38), forecast.Points[0].Time);
        Assert.All(forecast.Points, p => Assert.True(p.Lo95 < p.Lo80 && p.Lo80 < p.Value && p.Value < p.Hi80 && p.Hi80 < p.Hi95));
        Assert.True(forecast.Skill!.Skill > 0.5);
        Assert.True(forecast.Skill.Mae < forecast.Skill.NaiveMae);
        Assert.Equal((s_start.AddDays(31), s_start.AddDays(38).AddHours(-1)), (forecast.Skill.HeldBackFrom, forecast.Skill.HeldBackTo));
    }

    [Fact]
    public async Task A_series_whose_last_reading_is_older_than_the_horizon_is_not_forecast()
    {
        // Three weeks after the intake's last reading "the next 7 days" are past; the well's monthly depth still is forecast.
        await using var app = await TestApp.StartAsync(new TestAppOptions(Clock: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(s_start.AddDays(60))));
        var steward = await StationForecastFixture.SeedAsync(app);

        var intake = await steward.GetFromJsonAsync<StationForecast.ForecastDto>("/api/v1/water/stations/HP-01/forecast", Json.Options);
        var well = await steward.GetFromJsonAsync<StationForecast.ForecastDto>("/api/v1/water/stations/GW-01/forecast", Json.Options);

        Assert.Empty(intake!.Points);
        Assert.Contains("đã quá 7 ngày", intake.Why, StringComparison.Ordinal);
        Assert.Equal(12, well!.Points.Count);
    }

    [Fact]
    public async Task The_public_forecast_uses_validated_values_only()
    {
        var forecast = await App.CreateClient().GetFromJsonAsync<StationForecast.ForecastDto>("/api/v1/public/water/stations/HP-01/forecast", Json.Options);

        Assert.Equal(s_start.AddDays(37), forecast!.Points[0].Time);
        Assert.Equal(s_start.AddDays(37).AddHours(-1), forecast.Skill!.HeldBackTo);
    }

    [Fact]
    public async Task A_well_gets_a_12_month_forecast_that_keeps_its_deepening_trend()
    {
        var forecast = await App.CreateClient().GetFromJsonAsync<StationForecast.ForecastDto>("/api/v1/public/water/stations/GW-01/forecast", Json.Options);

        Assert.Equal(("GWD", "trend-plus-monthly-means", "P12M", 12), (forecast!.Parameter, forecast.Method, forecast.Horizon, forecast.Points.Count));
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.FromHours(7)), forecast.Points[0].Time);
        // October 2026 is October 2025 (10 + 0.3 × 84/12 + 1.5 × cos(2π × 90/12) = 10.6 m, noise aside) plus the 0.3 m of a year.
        Assert.InRange(forecast.Points[0].Value, 10.8, 11.0);
        Assert.True(forecast.Skill!.Skill > 0);
    }

    [Fact]
    public async Task Too_little_history_gives_no_points_and_says_how_much_is_needed_and_there_is()
    {
        var client = App.CreateClient();
        WaterImportTests.InEnglish(client);

        var forecast = await client.GetFromJsonAsync<StationForecast.ForecastDto>("/api/v1/public/water/stations/DN-H1/forecast", Json.Options);

        Assert.Equal("H", forecast!.Parameter);
        Assert.Empty(forecast.Points);
        Assert.Null(forecast.Skill);
        Assert.Contains("Needs at least 360 hourly values", forecast.Why, StringComparison.Ordinal);
        Assert.Contains("has 0 and 120", forecast.Why, StringComparison.Ordinal);
        Assert.Equal("statistical forecast, not a hydrological model", forecast.Label);
    }

    [Theory]
    [InlineData("/api/v1/water/stations/XX-99/forecast", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/public/water/stations/XX-99/forecast", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/public/water/stations/HP-01/forecast?parameter=DO", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/public/water/stations/GW-01/forecast?parameter=H", HttpStatusCode.BadRequest)]
    public async Task Unknown_stations_and_parameters_are_refused(string url, HttpStatusCode expected)
    {
        var response = await (url.Contains("/public/", StringComparison.Ordinal) ? App.CreateClient() : Steward).GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_station_page_shows_the_forecast_label_and_its_skill()
    {
        var page = await App.CreateClient().GetStringAsync("/water/stations/HP-01");
        var river = await App.CreateClient().GetStringAsync("/water/stations/DN-H1");

        Assert.Contains("dự báo thống kê, không phải mô hình thủy văn", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"forecast-skill\"", page, StringComparison.Ordinal);
        Assert.Contains("kỹ năng", page, StringComparison.Ordinal);
        Assert.Contains("forecast-chart", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"forecast-refused\"", river, StringComparison.Ordinal);
        Assert.Contains("Cần ít nhất 360 giá trị theo giờ", river, StringComparison.Ordinal);
    }
}

/// <summary>One app for the forecast tests: three stations and their series, imported once through the normal import.</summary>
public sealed class StationForecastFixture : IAsyncLifetime
{
    internal static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The day after the series end: a forecast is made only for a series with recent values.</summary>
    internal static Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock() => new(Start.AddDays(39));

    public TestApp App { get; private set; } = null!;

    public HttpClient Steward { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await TestApp.StartAsync(new TestAppOptions(Clock: Clock()));
        Steward = await SeedAsync(App);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>Registers the stations and imports their series; answers the steward's API client.</summary>
    internal static async Task<HttpClient> SeedAsync(TestApp app)
    {
        var registered = await StationTypesTests.RegisterAsync(app, StationTypesTests.Head +
            "HP-01,Hòa Phú,automatic,10.99,106.62,SG,,,false,salinity,,,4,\n" +
            "GW-01,Giếng Q019340,periodic,10.86,106.65,,,,false,groundwater,qp2-3,,40,\n" +
            "DN-H1,Biên Hòa,automatic,10.95,106.82,DN,,,false,river,,Hòn Dấu,,\n");
        Assert.True(registered.IsDone);
        var steward = await app.ClientAsAsync(Roles.DataSteward);
        var random = new Random(7);
        // 37 validated days of hourly salinity, then one raw day the public must not see.
        await ImportAsync(steward, Rows("HP-01", "SAL", "‰", Enumerable.Range(0, 37 * 24).Select(h => (Start.AddHours(h), Salinity(h, random)))), "validated");
        await ImportAsync(steward, Rows("HP-01", "SAL", "‰", Enumerable.Range(37 * 24, 24).Select(h => (Start.AddHours(h), Salinity(h, random)))), null);
        // Eight years of monthly depth to water, deepening 0.3 m a year, deepest in April, ± 0.1 m of noise.
        await ImportAsync(steward, Rows("GW-01", "GWD", "m", Enumerable.Range(0, 96).Select(i =>
            (new DateTimeOffset(2018, 10, 15, 9, 0, 0, TimeSpan.FromHours(7)).AddMonths(i), 10 + (0.3 * i / 12) + (1.5 * Math.Cos(2 * Math.PI * (i + 6) / 12)) + (0.2 * (random.NextDouble() - 0.5))))), "validated");
        // Five days of river level: too little for a forecast.
        await ImportAsync(steward, Rows("DN-H1", "H", "m", Enumerable.Range(0, 5 * 24).Select(h => (Start.AddHours(h), 1 + Math.Cos(2 * Math.PI * h / 12.4206)))), "validated");
        return steward;
    }

    /// <summary>An intake's salinity in ‰: a mean of 3 with the M2, S2 and K1 tides and uniform noise of ± 0.25 ‰.</summary>
    private static double Salinity(int hour, Random random) =>
        3 + (1.2 * Math.Cos(2 * Math.PI * hour / 12.4206)) + (0.4 * Math.Cos((2 * Math.PI * hour / 12.0) + 1)) + (0.3 * Math.Cos((2 * Math.PI * hour / 23.9345) + 2)) + (0.5 * (random.NextDouble() - 0.5));

    private static string Rows(string station, string parameter, string unit, IEnumerable<(DateTimeOffset Time, double Value)> values)
    {
        var csv = new StringBuilder(WaterImportTests.Header);
        foreach (var (time, value) in values)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{station},{time:yyyy-MM-ddTHH:mm:sszzz},{parameter},{Math.Round(value, 4)},{unit},\n");
        }

        return csv.ToString();
    }

    private static async Task ImportAsync(HttpClient steward, string csv, string? qc)
    {
        var response = await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(csv, qc: qc));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
