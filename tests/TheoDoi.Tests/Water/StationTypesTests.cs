using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Shared;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>Station types in the station file (issue 9): the new columns, each bad input refused by row and column with nothing written, and how a type shows.</summary>
public sealed class StationTypesTests : IAsyncLifetime
{
    internal const string Head = "code,name,kind,latitude,longitude,water_body,province,target_level,weighted,type,aquifer,datum,threshold,capacity_hm3\n";

    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    internal static Task<UseCaseResult<int>> RegisterAsync(TestApp app, string csv) =>
        app.WithAsync<ImportStations, UseCaseResult<int>>(import => import.RunAsync(new StringReader(csv)));

    [Fact]
    public async Task The_station_file_registers_each_type_with_its_columns_and_the_API_and_pages_show_it()
    {
        var done = await RegisterAsync(_app, Head +
            "TA-01,Hồ Trị An,automatic,11.10,107.03,TRIAN,,,false,reservoir,,Hòn Dấu,,2765\n" +
            "GW-01,Giếng Q019340,periodic,10.86,106.65,,,,false,groundwater,qp2-3,,40,\n" +
            "HP-01,Hòa Phú,automatic,10.99,106.62,SG,,,false,salinity,,,250,\n" +
            "DN-H1,Biên Hòa,automatic,10.95,106.82,DN,,,false,River,,Hòn Dấu,,\n" +
            "SG-09,Quality point,periodic,,,SG,,,false,,,,,\n");

        Assert.True(done.IsDone, string.Join("; ", done.Problems.Select(p => p.Located().En)));
        var anonymous = _app.CreateClient();
        var reservoir = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/public/water/stations/ta-01", Json.Options);
        var well = await anonymous.GetFromJsonAsync<WaterDtos.StationDto>("/api/v1/public/water/stations/GW-01", Json.Options);
        var intake = await anonymous.GetFromJsonAsync<WaterDtos.StationDto>("/api/v1/public/water/stations/HP-01", Json.Options);
        var quality = await anonymous.GetFromJsonAsync<WaterDtos.StationDto>("/api/v1/public/water/stations/SG-09", Json.Options);
        var seeded = await anonymous.GetFromJsonAsync<WaterDtos.StationDto>("/api/v1/public/water/stations/SG-01", Json.Options);

        Assert.Equal("reservoir", reservoir.GetProperty("type").GetString());
        Assert.Equal(2765m, reservoir.GetProperty("capacityHm3").GetDecimal());
        Assert.Equal("Hòn Dấu", reservoir.GetProperty("datum").GetString());
        Assert.Equal((StationType.Groundwater, "qp2-3", 40m), (well!.Type, well.Aquifer, well.Threshold));
        Assert.Equal((StationType.Salinity, 250m), (intake!.Type, intake.Threshold));
        Assert.Equal(StationType.Quality, quality!.Type);
        Assert.Equal(StationType.Quality, seeded!.Type); // stations registered before types are quality stations
        var list = await anonymous.GetStringAsync("/water");
        Assert.Contains("giếng nước dưới đất", list, StringComparison.Ordinal);
        Assert.Contains("độ mặn (cửa lấy nước)", await anonymous.GetStringAsync("/water/stations/HP-01"), StringComparison.Ordinal);
        Assert.Contains("Dung tích toàn bộ", await anonymous.GetStringAsync("/water/stations/TA-01"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-01,Intake,automatic,,,,,,false,salinity,,,,\n", "threshold")]
    [InlineData("X-01,Reservoir,periodic,,,,,,false,reservoir,,,,\n", "capacity_hm3")]
    [InlineData("X-01,Well,periodic,,,,,,false,groundwater,,,,\n", "aquifer")]
    [InlineData("X-01,Lake,periodic,,,,,,false,lake,,,,\n", "type")]
    [InlineData("X-01,Reservoir,periodic,,,,,,false,reservoir,,,,-5\n", "capacity_hm3")]
    [InlineData("X-01,River,periodic,,,,,,false,river,qp3,,,\n", "aquifer")]
    public async Task A_bad_type_column_is_refused_by_row_and_column_and_nothing_is_written(string bad, string column)
    {
        var before = await _app.WithDbAsync(db => db.WaterStations.CountAsync());

        var result = await RegisterAsync(_app, Head + "OK-01,Fine,periodic,,,,,,false,quality,,,,\n" + bad);

        Assert.False(result.IsDone);
        var problem = Assert.IsType<RowProblem>(Assert.Single(result.Problems));
        Assert.Equal((3, column), (problem.Row, problem.Column));
        Assert.Equal(before, await _app.WithDbAsync(db => db.WaterStations.CountAsync()));
    }

    [Fact]
    public async Task A_file_without_the_type_columns_still_registers_quality_stations()
    {
        var result = await RegisterAsync(_app, string.Join(",", ImportStations.Columns) + "\nOLD-01,Old layout,periodic,,,SG,,,false\n");

        Assert.True(result.IsDone);
        Assert.Equal(StationType.Quality, await _app.WithDbAsync(db => db.WaterStations.Where(s => s.Code == "OLD-01").Select(s => s.Type).SingleAsync()));
    }

    [Fact]
    public async Task Negative_discharge_is_refused_by_row_and_column_and_salinity_in_g_per_L_is_stored_in_permille()
    {
        var steward = await _app.ClientAsAsync(Roles.DataSteward);
        await RegisterAsync(_app, Head + "HP-02,Intake,automatic,,,SG,,,false,salinity,,,1,\n");

        var refused = await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(WaterImportTests.Header +
            "HP-02,2026-01-10T09:00:00+07:00,SAL,1.5,g/L,\nHP-02,2026-01-10T09:00:00+07:00,Q,-3,m3/s,\n"));
        var good = await steward.PostAsync("/api/v1/water/observations/import", WaterImportTests.File(WaterImportTests.Header +
            "HP-02,2026-01-10T09:00:00+07:00,SAL,1.5,g/L,\nHP-02,2026-01-10T09:00:00+07:00,Q,300,L/s,\n"));
        var observations = await steward.GetFromJsonAsync<List<WaterDtos.ObservationDto>>("/api/v1/water/stations/HP-02/observations?from=2026-01-01&to=2026-01-31", Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray().ToList();
        var error = Assert.Single(errors);
        Assert.Equal((3, "value"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal([("Q", 0.3, "m³/s"), ("SAL", 1.5, "‰")], observations!.Select(o => (o.Parameter, o.Value, o.Unit)).OrderBy(o => o.Parameter, StringComparer.Ordinal));
    }

    internal static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
