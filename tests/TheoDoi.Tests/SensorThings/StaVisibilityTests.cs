using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Core.SensorThings;
using TheoDoi.Data;
using TheoDoi.SensorThings;

namespace TheoDoi.Tests.SensorThings;

/// <summary>
/// Every entity set reads through one <see cref="StaVisibility"/>: what anonymous callers get
/// (validated only), and the narrower or wider views partner keys will be given, change in that one value.
/// </summary>
public sealed class StaVisibilityTests(SensorThingsFixture fixture) : IClassFixture<SensorThingsFixture>
{
    private async Task<JsonObject?> ReadAsync(StaVisibility visibility, string path)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var parameters = await visibility.Parameters(db.WaterParameters.AsNoTracking()).ToListAsync();
        var context = new StaContext(db, visibility, "http://test", DateTimeOffset.UnixEpoch, new StaSettings(), parameters);
        var answer = await StaReader.ReadAsync(context, path, StaQueryOptions.None, CancellationToken.None);
        return answer?.Result is Ok<JsonObject> ok ? ok.Value : null;
    }

    private long Stream(string code) => (fixture.Station * StaIds.PerStation) + TheoDoi.Core.Water.WaterParameters.All.Select((p, i) => (p.Code, Id: i + 1)).Single(p => p.Code == code).Id;

    [Fact]
    public async Task Without_the_validated_only_rule_the_raw_sample_appears_in_every_set()
    {
        var all = new StaVisibility(ValidatedOnly: false);

        var raw = SensorThingsFixture.Values((await ReadAsync(all, $"Datastreams({Stream("DO")})/Observations"))!);
        var open = SensorThingsFixture.Values((await ReadAsync(StaVisibility.Public, $"Datastreams({Stream("DO")})/Observations"))!);

        Assert.Equal([5.7, 6.2, 3.1], raw.Select(o => (double)o["result"]!));
        Assert.Equal("raw", (string)raw[2]["resultQuality"]!["qcState"]!);
        Assert.Equal(2, open.Count);
    }

    [Fact]
    public async Task Stations_and_parameter_groups_outside_the_visibility_do_not_exist()
    {
        var otherStation = new StaVisibility(true, StationCodes: new HashSet<string> { "SG-01" });
        var groupFour = new StaVisibility(true, ParameterGroups: new HashSet<string> { "IV" });

        Assert.Null(await ReadAsync(otherStation, $"Things({fixture.Station})"));
        Assert.Empty(SensorThingsFixture.Values((await ReadAsync(otherStation, "Observations"))!));
        Assert.NotNull(await ReadAsync(groupFour, $"Datastreams({Stream("DO")})"));
        Assert.Null(await ReadAsync(groupFour, $"Datastreams({Stream("pH")})"));
        Assert.Null(await ReadAsync(groupFour, $"Datastreams({(fixture.Station * StaIds.PerStation) + StaIds.SampleIndex})"));
        var groupFourOnly = SensorThingsFixture.Values((await ReadAsync(groupFour, "Observations"))!);
        Assert.NotEmpty(groupFourOnly);
        Assert.DoesNotContain(groupFourOnly, o => (long)o["@iot.id"]! / StaIds.PerDatastream == Stream("pH"));
    }
}
