using System.Globalization;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.SensorThings;

/// <summary>One navigation to expand (<c>$expand=Datastreams($top=2;$expand=Observations)</c>) with its own options.</summary>
public sealed record StaExpand(string Navigation, StaQueryOptions Options);

/// <summary>
/// The query options of one request or of one expanded navigation (OGC 18-088, 9.3.2 and 9.3.3):
/// <c>$top $skip $count $orderby $select $expand $filter $resultFormat</c>, and <c>$skiptoken</c>, the
/// keyset position our <c>@iot.nextLink</c> carries. Unknown <c>$</c> options answer 400.
/// </summary>
public sealed record StaQueryOptions
{
    public int? Top { get; init; }
    public int? Skip { get; init; }
    public bool Count { get; init; }
    public StaNode? Filter { get; init; }
    public IReadOnlyList<(StaNode Node, bool Descending)> OrderBy { get; init; } = [];
    public IReadOnlyList<string>? Select { get; init; }
    public IReadOnlyList<StaExpand> Expand { get; init; } = [];
    public string? ResultFormat { get; init; }
    public string? SkipToken { get; init; }

    /// <summary>The options as written, to repeat them in <c>@iot.nextLink</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Written { get; init; } = [];

    public static readonly StaQueryOptions None = new();

    /// <summary>Options of the request's query string (names are case-sensitive, as OData's are).</summary>
    public static StaQueryOptions Parse(IEnumerable<KeyValuePair<string, string>> query, bool nested = false)
    {
        var written = query.ToList();
        var options = new StaQueryOptions { Written = written };
        foreach (var (name, value) in written)
        {
            options = name switch
            {
                "$top" => options with { Top = Whole(name, value) },
                "$skip" => options with { Skip = Whole(name, value) },
                "$count" => options with { Count = value switch { "true" => true, "false" => false, _ => throw Invalid(name, value) } },
                "$filter" => options with { Filter = StaFilterParser.Parse(value) },
                "$orderby" => options with { OrderBy = StaFilterParser.ParseOrder(value) },
                "$select" => options with { Select = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) },
                "$expand" => options with { Expand = [.. options.Expand, .. ParseExpand(value)] },
                "$resultFormat" when !nested => options with { ResultFormat = value is "dataArray" ? value : value is "CSV" or "csv" ? "CSV" : throw Invalid(name, value) },
                "$skiptoken" when !nested => options with { SkipToken = value },
                _ when name.StartsWith('$') => throw new StaQueryException(new Bilingual($"Tùy chọn truy vấn \"{name}\" không được hỗ trợ.", $"The query option \"{name}\" is not supported.")),
                _ => options,
            };
        }

        return options;
    }

    /// <summary><c>Datastreams($top=1),Thing/Locations</c>: a path expands each navigation inside the previous one.</summary>
    public static IReadOnlyList<StaExpand> ParseExpand(string text)
    {
        var result = new List<StaExpand>();
        foreach (var item in Split(text, ','))
        {
            var open = item.IndexOf('(', StringComparison.Ordinal);
            var path = (open < 0 ? item : item[..open]).Trim();
            var inner = StaQueryOptions.None;
            if (open >= 0)
            {
                if (!item.EndsWith(')'))
                {
                    throw Invalid("$expand", text);
                }

                var pairs = Split(item[(open + 1)..^1], ';').Select(p => p.Split('=', 2)).Select(p => p.Length == 2 ? new KeyValuePair<string, string>(p[0].Trim(), p[1]) : throw Invalid("$expand", text));
                inner = Parse(pairs, nested: true);
            }

            var steps = path.Split('/');
            if (steps.Any(s => s.Length == 0))
            {
                throw Invalid("$expand", text);
            }

            var expand = new StaExpand(steps[^1], inner);
            for (var i = steps.Length - 2; i >= 0; i--)
            {
                expand = new StaExpand(steps[i], new StaQueryOptions { Expand = [expand] });
            }

            result.Add(expand);
        }

        return result;
    }

    // Splits at separators outside parentheses and quotes.
    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && c == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts.Where(p => p.Trim().Length > 0).ToList();
    }

    private static int Whole(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : throw Invalid(name, value);

    private static StaQueryException Invalid(string name, string value) =>
        new(new Bilingual($"Giá trị \"{value}\" của {name} không hợp lệ.", $"The value \"{value}\" of {name} is not valid."));
}
