using System.Text.Json;
using System.Text.RegularExpressions;
using TheoDoi.Seed;

namespace TheoDoi.Tests.Data;

/// <summary>
/// The built-in texts a Vietnamese page shows (unit notes, SDG notes, sources) are Vietnamese: no
/// English glosses or developer remarks; English lives in the *En fields only.
/// </summary>
public sealed partial class BuiltInDataLanguageTests
{
    [Theory]
    [InlineData("units.json")]
    [InlineData("indicators.json")]
    [InlineData("plan-512.json")]
    public void Vietnamese_fields_of_the_built_in_data_hold_no_English(string file)
    {
        var root = BuiltInData.Read<JsonElement>(file);
        var english = new List<string>();
        Collect(root, "", english);
        Assert.True(english.Count == 0, $"{file}: English in Vietnamese fields:\n" + string.Join('\n', english));
    }

    private static void Collect(JsonElement element, string path, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => !p.Name.EndsWith("En", StringComparison.Ordinal)))
                {
                    Collect(property.Value, path + "." + property.Name, found);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, $"{path}[{i++}]", found);
                }

                break;
            case JsonValueKind.String when EnglishWords().IsMatch(element.GetString()!) && !Code().IsMatch(element.GetString()!):
                found.Add($"{path}: {element.GetString()}");
                break;
        }
    }

    // The page walk's list (SiteWalk) and the glosses the seed files used to carry.
    [GeneratedRegex(@"\b(the|and|of|is|are|not|below|above|must|cannot|assumed|recorded|reasonable|closest|proxy|approximate|verify|verified|same|early|meeting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();

    // Codes such as "related-agencies-and-provinces" are keys, not text anyone reads.
    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex Code();
}
