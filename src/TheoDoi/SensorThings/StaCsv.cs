using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TheoDoi.Core.Texts;

namespace TheoDoi.SensorThings;

/// <summary>
/// <c>$resultFormat=CSV</c> (as FROST-Server and other SensorThings servers offer it, for spreadsheets
/// and pandas): one row per entity of the page, one column per property in the order first met,
/// nested objects flattened with <c>/</c> (<c>resultQuality/qcState</c>, an expanded
/// <c>Datastream/name</c>), expanded collections and GeoJSON kept as JSON text. Navigation links are
/// left out; the next page is the response's <c>Link: &lt;…&gt;; rel="next"</c> header.
/// </summary>
public static class StaCsv
{
    public static string Of(JsonObject answer)
    {
        var entities = answer["value"] is JsonArray page ? page.OfType<JsonObject>().ToList() : [answer];
        var rows = entities.Select(Flatten).ToList();
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in rows.SelectMany(r => r.Keys).Where(seen.Add))
        {
            columns.Add(column);
        }

        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(SpreadsheetText.CsvQuote)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => row.TryGetValue(c, out var value) ? Field(value) : "")).Append("\r\n");
        }

        return text.ToString();
    }

    private static Dictionary<string, JsonNode?> Flatten(JsonObject entity)
    {
        var row = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        void Add(string prefix, JsonObject node)
        {
            foreach (var (name, value) in node)
            {
                if (name.EndsWith("@iot.navigationLink", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = prefix + name;
                if (value is JsonObject nested && !IsGeometry(nested))
                {
                    Add(path + "/", nested);
                }
                else
                {
                    row[path] = value;
                }
            }
        }

        Add("", entity);
        return row;
    }

    private static bool IsGeometry(JsonObject node) => node.ContainsKey("type") && node.ContainsKey("coordinates");

    private static string Field(JsonNode? value) => value switch
    {
        null => "",
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => SpreadsheetText.CsvField(scalar.GetValue<string>()),
        JsonValue scalar => scalar.ToJsonString(),
        _ => SpreadsheetText.CsvField(value.ToJsonString()),
    };
}
