using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>
/// Writes batch outcomes for files and APIs: CSV (<see cref="CsvHeader"/>) and JSON, invariant
/// culture, streamed one sample at a time to the writer given.
/// </summary>
public static partial class WqiReport
{
    /// <summary>
    /// wqi is the rounded index (empty when not computable); band is the §1.4 Vietnamese label;
    /// formula is 3, 4 or 5; parameters are the codes used separated by spaces (neither comma nor
    /// semicolon, which some spreadsheets split on); note is the reason and the warnings, "; "-separated.
    /// </summary>
    public const string CsvHeader = "station,time,wqi,band,formula,parameters,note";

    /// <summary>Writes the header and one line per outcome, each ended by "\n".</summary>
    public static void WriteCsv(IEnumerable<WqiSampleOutcome> outcomes, TextWriter writer)
    {
        writer.Write(CsvHeader);
        writer.Write('\n');
        foreach (var outcome in outcomes)
        {
            writer.Write(ToCsvLine(outcome));
            writer.Write('\n');
        }
    }

    /// <summary>One CSV line (without line break) for an outcome.</summary>
    public static string ToCsvLine(WqiSampleOutcome outcome)
    {
        var result = outcome.Result;
        string[] fields =
        [
            outcome.Station,
            FormatTime(outcome.Time),
            result.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
            result.Band?.VietnameseLabel ?? "",
            result.Formula is { } formula ? ((int)formula).ToString(CultureInfo.InvariantCulture) : "",
            string.Join(' ', result.ParametersUsed),
            Note(result),
        ];
        return string.Join(',', fields.Select(Quote));
    }

    /// <summary>The reason a result is not computable, then its warnings, "; "-separated.</summary>
    public static string Note(WqiResult result)
    {
        return NoteText(result).En;
    }

    /// <summary><see cref="Note"/> in both languages, for pages.</summary>
    public static Bilingual NoteText(WqiResult result)
    {
        var parts = new[] { result.NotComputableText }.Concat(result.Warnings.Select(w => w.Text)).OfType<Bilingual>().ToList();
        return new(string.Join("; ", parts.Select(p => p.Vi)), string.Join("; ", parts.Select(p => p.En)));
    }

    /// <summary>ISO 8601 with the offset as given and fractions only when present: "2024-03-15T08:30:00+07:00".</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    // Files are not embedded in HTML, so Vietnamese letters and "<" stay readable instead of \uXXXX
    // escapes. The source-generated resolver keeps JSON working where reflection is disabled (trimmed
    // or AOT builds, file-based apps).
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = WqiJsonContext.Default,
    };

    /// <summary>
    /// Writes a JSON array with one object per outcome, one object per line, so a large batch never
    /// sits in memory. Numbers are invariant; decimals keep full precision; absent values are null.
    /// </summary>
    public static void WriteJson(IEnumerable<WqiSampleOutcome> outcomes, TextWriter writer)
    {
        writer.Write('[');
        var first = true;
        foreach (var outcome in outcomes)
        {
            writer.Write(first ? "\n" : ",\n");
            first = false;
            writer.Write(JsonSerializer.Serialize(ToJson(outcome), s_json.GetTypeInfo(typeof(JsonOutcome))));
        }

        writer.Write(first ? "]\n" : "\n]\n");
    }

    private static JsonOutcome ToJson(WqiSampleOutcome outcome)
    {
        var r = outcome.Result;
        return new JsonOutcome(
            outcome.Station,
            FormatTime(outcome.Time),
            outcome.FirstRow,
            r.Value,
            r.Unrounded,
            r.Band is { } b ? new JsonBand(b.VietnameseLabel, b.EnglishLabel, b.Colour, [b.Red, b.Green, b.Blue], b.Hex) : null,
            r.Formula is { } f ? (int)f : null,
            r.ParametersUsed,
            [.. r.SubIndices.Select(s => new JsonSubIndex(s.Parameter, s.Group.ToString(), s.Value, s.ScoredValue, s.SubIndex, Measurement.Symbol(s.Qualifier)))],
            [.. r.Warnings.Select(w => new JsonWarning(w.Kind.ToString(), w.Parameter, w.Message))],
            r.NotComputableReason);
    }

    private sealed record JsonOutcome(
        string Station,
        string Time,
        int Row,
        int? Wqi,
        decimal? Unrounded,
        JsonBand? Band,
        int? Formula,
        IReadOnlyList<string> Parameters,
        IReadOnlyList<JsonSubIndex> SubIndices,
        IReadOnlyList<JsonWarning> Warnings,
        string? Reason);

    private sealed record JsonBand(string Vi, string En, string Colour, int[] Rgb, string Hex);

    private sealed record JsonSubIndex(string Parameter, string Group, decimal Value, decimal ScoredValue, decimal SubIndex, string Qualifier);

    private sealed record JsonWarning(string Kind, string? Parameter, string Message);

    [JsonSerializable(typeof(JsonOutcome))]
    private sealed partial class WqiJsonContext : JsonSerializerContext;
}
