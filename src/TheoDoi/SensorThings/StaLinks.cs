using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using TheoDoi.Core.SensorThings;
using TheoDoi.Core.Texts;

namespace TheoDoi.SensorThings;

/// <summary>URLs with query options, and the times as SensorThings writes them (ISO 8601, UTC).</summary>
public static class StaLinks
{
    public static string With(string url, IEnumerable<KeyValuePair<string, string>> options) =>
        QueryHelpers.AddQueryString(url, options.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)));

    public static string Time(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject? Point(decimal? latitude, decimal? longitude) => latitude is { } lat && longitude is { } lon
        ? new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray((double)lon, (double)lat) }
        : null;
}

/// <summary>
/// <c>$select</c>: keeps the named properties (<c>id</c> keeps @iot.id and @iot.selfLink, a navigation's
/// name keeps its link) and answers 400 for a name the entity does not have.
/// </summary>
public static class StaSelect
{
    public static void Keep(JsonObject entity, IReadOnlyList<string> select, IEnumerable<string> navigations)
    {
        var navigationNames = navigations.ToHashSet(StringComparer.Ordinal);
        foreach (var name in select)
        {
            if (name != "id" && !entity.ContainsKey(name) && !navigationNames.Contains(name))
            {
                throw new StaQueryException(new Bilingual($"Không có thuộc tính \"{name}\" để chọn.", $"There is no property \"{name}\" to select."));
            }
        }

        foreach (var key in entity.Select(p => p.Key).ToList())
        {
            var kept = key is "@iot.id" or "@iot.selfLink"
                ? select.Contains("id")
                : key.EndsWith("@iot.navigationLink", StringComparison.Ordinal)
                    ? select.Contains(key[..^"@iot.navigationLink".Length])
                    : select.Contains(key);
            if (!kept)
            {
                entity.Remove(key);
            }
        }
    }
}
