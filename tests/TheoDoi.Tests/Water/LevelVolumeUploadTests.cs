using System.Net;
using System.Text;
using System.Text.Json;
using TheoDoi.Accounts;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>
/// A data steward replaces a reservoir's level–volume table (PUT …/level-volume, CSV): the storage read
/// then goes from levels through it; a bad table or an oversized body is refused and the stored table is
/// kept whole (issue 9, "a level–volume table that is not increasing … refused with a clear message").
/// </summary>
public sealed class LevelVolumeUploadTests : IAsyncLifetime
{
    private const string Table = "level_m,volume_hm3\n50,500\n60,1500\n62,2765\n";
    private TestApp _app = null!;
    private HttpClient _steward = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync();
        var registered = await StationTypesTests.RegisterAsync(_app, StationTypesTests.Head +
            "LV-TA,Hồ thử,automatic,11.10,107.03,TRIAN,,,false,reservoir,,Hòn Dấu,,2765\n" +
            "LV-SG,Điểm chất lượng,periodic,,,SG,,,false,quality,,,,\n");
        Assert.True(registered.IsDone, string.Join("; ", registered.Problems.Select(p => p.Located().En)));
        _steward = await _app.ClientAsAsync(Roles.DataSteward);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<HttpResponseMessage> PutAsync(string code, HttpContent body) => _steward.PutAsync($"/api/v1/water/stations/{code}/level-volume", body);

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private Task<int> StoredRowsAsync() => _app.WithDbAsync(db => db.Set<WaterLevelVolume>().CountAsync());

    [Fact]
    public async Task A_table_turns_the_latest_level_into_storage_and_percent_full()
    {
        Assert.Equal(HttpStatusCode.OK, (await PutAsync("LV-TA", Csv(Table))).StatusCode);
        var import = await _steward.PostAsync("/api/v1/water/observations/import",
            WaterImportTests.File(WaterImportTests.Header + "LV-TA,2026-03-01T07:00:00+07:00,H,61,m,\n"));
        Assert.True(import.IsSuccessStatusCode, await import.Content.ReadAsStringAsync());

        var storage = await _steward.GetFromJsonAsync<WaterSecurityReads.StorageDto>("/api/v1/water/stations/LV-TA/storage", Json.Options);

        // 61 m lies halfway between 60 m (1,500 hm³) and 62 m (2,765 hm³): 2,132.5 hm³ of 2,765 hm³ capacity.
        Assert.Equal(2132.5m, storage!.Volume);
        Assert.Equal(77.1, Math.Round(storage.PercentFull!.Value, 1));
    }

    [Fact]
    public async Task A_table_whose_levels_do_not_increase_is_refused_by_row_and_column_and_the_old_one_is_kept()
    {
        await PutAsync("LV-TA", Csv(Table));

        var response = await PutAsync("LV-TA", Csv("level_m,volume_hm3\n50,500\n49,600\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal((3, "level_m"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(3, await StoredRowsAsync());
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused_even_when_it_declares_no_length()
    {
        await PutAsync("LV-TA", Csv(Table));
        // A chunked body carries no Content-Length, so the bound has to be counted while reading.
        var big = new Chunked(Encoding.UTF8.GetBytes("level_m,volume_hm3\n" + new string('1', (int)WaterSecurityEndpoints.MaxTableBytes)));

        var response = await PutAsync("LV-TA", big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("1 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await StoredRowsAsync());
    }

    [Fact]
    public async Task Only_a_reservoir_takes_a_table()
    {
        var response = await PutAsync("LV-SG", Csv(Table));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không phải hồ chứa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await StoredRowsAsync());
    }

    /// <summary>A body sent without a length, as a client streaming it would.</summary>
    private sealed class Chunked(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
