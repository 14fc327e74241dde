using System.Text.Json.Nodes;
using TheoDoi.Accounts;
using TheoDoi.SensorThings;
using TheoDoi.Tests.Water;

namespace TheoDoi.Tests.SensorThings;

/// <summary>
/// The SensorThings API 1.1 read surface, request by request as the standard's conformance classes
/// test it (OGC 18-088 Annex A: resource paths, each query option, paging, status codes), on data
/// imported through the normal use case: SG-07 has two validated samples and one raw one.
/// </summary>
public sealed class SensorThingsApiTests(SensorThingsFixture fixture) : IClassFixture<SensorThingsFixture>
{
    private readonly HttpClient _client = fixture.Client;
    private readonly long _station = fixture.Station;

    private long DoStream => (_station * StaIds.PerStation) + Parameter("DO");

    private static long Parameter(string code) => TheoDoi.Core.Water.WaterParameters.All.Select((p, i) => (p.Code, Id: i + 1)).Single(p => p.Code == code).Id;

    private Task<JsonObject> GetAsync(string url) => SensorThingsFixture.GetAsync(_client, url);

    private static List<JsonObject> Values(JsonObject page) => SensorThingsFixture.Values(page);

    [Fact]
    public async Task The_service_root_lists_the_eight_entity_sets_and_the_conformance_classes()
    {
        var root = await GetAsync("/sta/v1.1");

        Assert.Equal(["Things", "Locations", "HistoricalLocations", "Datastreams", "Sensors", "ObservedProperties", "Observations", "FeaturesOfInterest"],
            Values(root).Select(v => (string)v["name"]!));
        Assert.EndsWith("/sta/v1.1/Things", (string)Values(root)[0]["url"]!, StringComparison.Ordinal);
        Assert.Contains("http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel", root["serverSettings"]!["conformance"]!.AsArray().Select(c => (string)c!));
    }

    [Theory]
    [InlineData("Things")]
    [InlineData("Locations")]
    [InlineData("HistoricalLocations")]
    [InlineData("Datastreams")]
    [InlineData("Sensors")]
    [InlineData("ObservedProperties")]
    [InlineData("Observations")]
    [InlineData("FeaturesOfInterest")]
    public async Task Every_entity_set_answers_entities_with_id_selfLink_and_navigation_links_that_resolve(string set)
    {
        var first = Values(await GetAsync($"/sta/v1.1/{set}"))[0];

        var self = (string)first["@iot.selfLink"]!;
        Assert.EndsWith($"/sta/v1.1/{set}({first["@iot.id"]})", self, StringComparison.Ordinal);
        var entity = await GetAsync(new Uri(self).PathAndQuery);
        Assert.Equal((long)first["@iot.id"]!, (long)entity["@iot.id"]!);
        var links = first.Where(p => p.Key.EndsWith("@iot.navigationLink", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(links);
        foreach (var (_, link) in links)
        {
            await GetAsync(new Uri((string)link!).PathAndQuery);
        }
    }

    [Fact]
    public async Task A_stations_datastreams_carry_UCUM_units_and_the_computed_index_series()
    {
        var streams = Values(await GetAsync($"/sta/v1.1/Things({_station})/Datastreams?$top=100"));

        var doStream = streams.Single(s => (long)s["@iot.id"]! == DoStream);
        Assert.Equal("mg/L", (string)doStream["unitOfMeasurement"]!["symbol"]!);
        Assert.Contains("ucum", (string)doStream["unitOfMeasurement"]!["definition"]!, StringComparison.Ordinal);
        Assert.Equal("Point", (string)doStream["observedArea"]!["type"]!);
        // Validated data only: the raw March sample is not part of the public series.
        Assert.Equal("2026-01-10T02:00:00Z/2026-02-10T02:00:00Z", (string)doStream["phenomenonTime"]!);
        Assert.Contains(streams, s => (long)s["@iot.id"]! == (_station * StaIds.PerStation) + StaIds.SampleIndex);
        var sensor = await GetAsync($"/sta/v1.1/Datastreams({DoStream})/Sensor");
        Assert.Equal("Periodic sampling and laboratory analysis", (string)sensor["name"]!);
        var property = await GetAsync($"/sta/v1.1/Datastreams({DoStream})/ObservedProperty");
        Assert.EndsWith("/water/parameters#DO", (string)property["definition"]!, StringComparison.Ordinal); // the row the WaterML export links to
    }

    [Fact]
    public async Task Anonymous_readers_see_validated_observations_only_with_QC_state_and_qualifier()
    {
        var observations = Values(await GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations"));
        var arsenic = Values(await GetAsync($"/sta/v1.1/Datastreams({(_station * StaIds.PerStation) + Parameter("As")})/Observations"));
        var indices = Values(await GetAsync($"/sta/v1.1/Datastreams({(_station * StaIds.PerStation) + StaIds.SampleIndex})/Observations"));

        Assert.Equal([5.7, 6.2], observations.Select(o => (double)o["result"]!));
        Assert.All(observations, o => Assert.Equal("validated", (string)o["resultQuality"]!["qcState"]!));
        Assert.Equal("2026-01-10T02:00:00Z", (string)observations[0]["phenomenonTime"]!);
        Assert.Equal("<", (string)arsenic[0]["resultQuality"]!["qualifier"]!);
        Assert.Equal(2, indices.Count);
        Assert.All(indices, i => Assert.InRange((long)i["result"]!, 0, 100));
    }

    [Fact]
    public async Task Filter_runs_comparisons_logic_arithmetic_functions_and_time_comparisons()
    {
        async Task<int> CountAsync(string filter) =>
            Values(await GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations?$filter={Uri.EscapeDataString(filter)}")).Count;

        Assert.Equal(1, await CountAsync("result gt 6"));
        Assert.Equal(2, await CountAsync("result ge 5.7 and result le 6.2"));
        Assert.Equal(1, await CountAsync("phenomenonTime ge 2026-02-01T00:00:00Z"));
        Assert.Equal(1, await CountAsync("resultTime lt 2026-02-01T00:00:00+07:00 or result eq 100"));
        Assert.Equal(1, await CountAsync("result mul 10 add 1 eq 63"));
        Assert.Equal(1, await CountAsync("not (floor(result) eq 5)"));
        Assert.Equal(2, await CountAsync("round(result) eq 6 and ceiling(result) ge 6"));
        Assert.Single(Values(await GetAsync("/sta/v1.1/Things?$filter=" + Uri.EscapeDataString("startswith(properties/code,'SG-0') and endswith(tolower(properties/code),'-07') and length(name) gt 2"))));
        Assert.Single(Values(await GetAsync("/sta/v1.1/Things?$filter=" + Uri.EscapeDataString("substringof('G-07',properties/code)"))));
    }

    /// <summary>Issue 10, item 6: every name and description the service writes is there in English and in Vietnamese.</summary>
    [Fact]
    public async Task Every_name_and_description_is_given_in_English_and_in_Vietnamese()
    {
        static void Both(string? english, string? vietnamese, string what)
        {
            Assert.False(string.IsNullOrWhiteSpace(english), what + ": English");
            Assert.False(string.IsNullOrWhiteSpace(vietnamese), what + ": Vietnamese");
            Assert.NotEqual(english, vietnamese);
        }

        foreach (var thing in Values(await GetAsync("/sta/v1.1/Things?$top=1000")))
        {
            Both((string?)thing["description"], (string?)thing["properties"]!["descriptionVi"], "Thing " + thing["@iot.id"]);
        }

        foreach (var stream in Values(await GetAsync($"/sta/v1.1/Things({_station})/Datastreams?$top=1000")))
        {
            Both((string?)stream["description"], (string?)stream["properties"]!["descriptionVi"], "Datastream " + stream["name"]);
        }

        foreach (var sensor in Values(await GetAsync("/sta/v1.1/Sensors?$top=1000")))
        {
            Both((string?)sensor["name"], (string?)sensor["properties"]!["nameVi"], "Sensor name " + sensor["@iot.id"]);
            Both((string?)sensor["description"], (string?)sensor["properties"]!["descriptionVi"], "Sensor description " + sensor["@iot.id"]);
        }

        var doProperty = Values(await GetAsync("/sta/v1.1/ObservedProperties?$top=1000")).Single(p => (long)p["@iot.id"]! == Parameter("DO"));
        Both((string?)doProperty["name"], (string?)doProperty["description"], "ObservedProperty DO");
    }

    /// <summary>$resultFormat=CSV: a row per entity, nested properties as path columns, the next page in a Link header.</summary>
    [Fact]
    public async Task The_CSV_result_format_gives_a_row_per_observation_and_the_next_page_as_a_link()
    {
        var response = await _client.GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations?$resultFormat=CSV&$top=1&$expand=Datastream($select=name)");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("@iot.id,@iot.selfLink,phenomenonTime,resultTime,result,resultQuality/qcState,resultQuality/qualifier,Datastream/name", lines[0]);
        var row = lines[1].Split(',');
        Assert.Equal(2, lines.Length);
        Assert.Equal(("2026-01-10T02:00:00Z", "5.7", "validated"), (row[2], row[4], row[5]));
        Assert.EndsWith("SG-07 DO", row[7], StringComparison.Ordinal);
        var next = Assert.Single(response.Headers.GetValues("Link"));
        Assert.Contains("$skiptoken=", Uri.UnescapeDataString(next), StringComparison.Ordinal);
        Assert.EndsWith("rel=\"next\"", next, StringComparison.Ordinal);
    }

    /// <summary>The date functions run in SQL on both databases (the samples are at 02:00 UTC on 10 January and 10 February 2026).</summary>
    [Fact]
    public async Task Filter_runs_the_date_functions_in_the_database()
    {
        async Task<int> CountAsync(string filter) =>
            Values(await GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations?$filter={Uri.EscapeDataString(filter)}")).Count;

        Assert.Equal(2, await CountAsync("year(phenomenonTime) eq 2026 and day(phenomenonTime) eq 10"));
        Assert.Equal(1, await CountAsync("month(resultTime) eq 2"));
        Assert.Equal(2, await CountAsync("hour(phenomenonTime) eq 2 and minute(phenomenonTime) eq 0 and second(phenomenonTime) eq 0"));
        Assert.Equal(1, await CountAsync("date(phenomenonTime) eq 2026-01-10"));
        Assert.Equal(2, await CountAsync("time(phenomenonTime) lt 09:00"));
        Assert.Equal(0, await CountAsync("year(phenomenonTime) lt 2026"));
        var since = Values(await GetAsync("/sta/v1.1/HistoricalLocations?$filter=" + Uri.EscapeDataString("time ge 1900-01-01T00:00:00Z") + "&$top=1000"));
        Assert.NotEmpty(since);
        Assert.Equal(since.Count, Values(await GetAsync("/sta/v1.1/HistoricalLocations?$filter=" + Uri.EscapeDataString("year(time) ge 1900") + "&$top=1000")).Count);
        Assert.Empty(Values(await GetAsync("/sta/v1.1/HistoricalLocations?$filter=" + Uri.EscapeDataString("time gt 2999-01-01T00:00:00Z"))));
    }

    [Theory]
    [InlineData("$filter=result gt")]
    [InlineData("$filter=nosuch eq 1")]
    [InlineData("$filter=frobnicate(result) eq 1")]
    [InlineData("$filter=result eq 'x' and")]
    [InlineData("$top=-1")]
    [InlineData("$orderby=result sideways")]
    [InlineData("$expand=Nowhere")]
    [InlineData("$select=nosuch")]
    [InlineData("$unknown=1")]
    [InlineData("$skiptoken=garbage")]
    public async Task A_bad_query_answers_400_with_a_message(string query)
    {
        var response = await _client.GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
    }

    [Theory]
    [InlineData("/sta/v1.1/Things(999999)")]
    [InlineData("/sta/v1.1/Nothing")]
    [InlineData("/sta/v1.1/Things(999999)/Datastreams")]
    [InlineData("/sta/v1.1/Observations(1)")]
    [InlineData("/sta/v1.1/Things/Datastreams")]
    public async Task A_missing_entity_or_path_answers_404_as_JSON(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Following_nextLink_pages_through_every_observation_once()
    {
        var seen = new List<long>();
        string? next = "/sta/v1.1/Observations?$top=4&$count=true";
        long? total = null;
        while (next is not null)
        {
            var page = await GetAsync(next);
            total ??= (long)page["@iot.count"]!;
            seen.AddRange(Values(page).Select(o => (long)o["@iot.id"]!));
            next = page["@iot.nextLink"] is { } link ? new Uri((string)link!).PathAndQuery : null;
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public async Task A_series_pages_by_time_with_a_keyset_token_and_the_default_page_size()
    {
        var first = await GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations?$top=1&$orderby=phenomenonTime desc");
        var next = (string)first["@iot.nextLink"]!;
        var second = await GetAsync(new Uri(next).PathAndQuery);
        var all = await GetAsync("/sta/v1.1/Observations");

        Assert.Contains("$skiptoken=", Uri.UnescapeDataString(next), StringComparison.Ordinal);
        Assert.Equal(6.2, (double)Values(first).Single()["result"]!);
        Assert.Equal(5.7, (double)Values(second).Single()["result"]!);
        Assert.Null(second["@iot.nextLink"]);
        Assert.Equal(3, Values(all).Count);
        Assert.NotNull(all["@iot.nextLink"]);
    }

    [Fact]
    public async Task Top_skip_count_orderby_and_select_shape_the_answer()
    {
        var page = await GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations?$skip=1&$top=5&$count=true&$orderby=result desc&$select=id,result");

        Assert.Equal(2, (long)page["@iot.count"]!);
        var only = Values(page).Single();
        Assert.Equal(5.7, (double)only["result"]!);
        Assert.Equal(["@iot.id", "@iot.selfLink", "result"], only.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Expand_nests_navigations_with_their_own_options()
    {
        var thing = await GetAsync($"/sta/v1.1/Things({_station})?$expand=" + Uri.EscapeDataString($"Datastreams($filter=id eq {DoStream};$select=name;$expand=Observations($top=1;$orderby=phenomenonTime desc;$count=true)),Locations"));
        var observation = await GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations?$top=1&$expand=Datastream/Thing,FeatureOfInterest");

        var stream = thing["Datastreams"]!.AsArray().Single()!;
        Assert.Equal($"SG-07 DO", (string)stream["name"]!);
        Assert.Equal(2, (long)stream["Observations@iot.count"]!);
        Assert.Equal(6.2, (double)stream["Observations"]!.AsArray().Single()!["result"]!);
        Assert.NotNull(stream["Observations@iot.nextLink"]);
        Assert.Equal("Point", (string)thing["Locations"]!.AsArray().Single()!["location"]!["type"]!);
        Assert.Equal("SG-07", (string)Values(observation)[0]["Datastream"]!["Thing"]!["properties"]!["code"]!);
        Assert.Equal("Point", (string)Values(observation)[0]["FeatureOfInterest"]!["feature"]!["type"]!);
    }

    [Fact]
    public async Task DataArray_groups_observations_by_datastream_and_a_property_answers_alone_or_as_value()
    {
        var page = await GetAsync($"/sta/v1.1/Datastreams({DoStream})/Observations?$resultFormat=dataArray&$select=phenomenonTime,result");
        var name = await GetAsync($"/sta/v1.1/Things({_station})/name");
        var raw = await _client.GetStringAsync($"/sta/v1.1/Things({_station})/name/$value");

        var group = Values(page).Single();
        Assert.Equal(["phenomenonTime", "result"], group["components"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(2, (int)group["dataArray@iot.count"]!);
        Assert.Equal(5.7, (double)group["dataArray"]![0]![1]!);
        Assert.Equal("Rạch Tra", (string)name["name"]!);
        Assert.Equal("Rạch Tra", raw);
    }
}
