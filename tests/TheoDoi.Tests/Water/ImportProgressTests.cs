using Microsoft.Extensions.Time.Testing;
using TheoDoi.Water;

namespace TheoDoi.Tests.Water;

/// <summary>The import page's bar is fed by the server: values read, percent of the file and time left.</summary>
public sealed class ImportProgressTests
{
    [Fact]
    public void A_run_reports_rows_percent_and_the_time_left_from_its_rate_then_computing()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var watch = new ImportProgress(clock);
        var progress = watch.Start("run-0001", totalBytes: 1000);

        clock.Advance(TimeSpan.FromSeconds(10));
        progress.Report(new ImportObservations.Progress(250, 12_000));
        var reading = watch.Read("run-0001")!;

        Assert.Equal(("reading", 12_000L, 25.0, (double?)30), (reading.Phase, reading.Rows, reading.Percent, reading.SecondsLeft));

        progress.Report(new ImportObservations.Progress(1000, 48_000));
        Assert.Equal("computing", watch.Read("run-0001")!.Phase);
        watch.End("run-0001");
        Assert.Equal("done", watch.Read("run-0001")!.Phase);
        Assert.Null(watch.Read("another-run"));
    }

    [Fact]
    public async Task The_page_answers_the_progress_of_a_run_as_json_for_its_script()
    {
        await using var app = await TestApp.StartAsync();
        var username = "steward-progress";
        var password = await app.AddUserAsync(username, global::TheoDoi.Accounts.Roles.DataSteward);
        using var session = new BrowserlessSession(app);
        await session.SignInAsync(username, password);
        var progress = app.Services.GetRequiredService<ImportProgress>().Start("page-run-01", 400);
        progress.Report(new ImportObservations.Progress(100, 7));

        var json = await (await session.GetAsync("/water/import?handler=progress&run=page-run-01")).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal("reading", json.GetProperty("phase").GetString());
        Assert.Equal(7, json.GetProperty("rows").GetInt64());
        Assert.Equal(25.0, json.GetProperty("percent").GetDouble());
    }
}
