using TheoDoi.Core.Numbers;

namespace TheoDoi.Shared;

/// <summary>
/// Numbers typed into forms, read by the one parser for forms, imports and workbooks
/// (<see cref="NumberText"/>: "97,5" is 97.5, "1.730" is 1730 in a count and ambiguous elsewhere).
/// Blank means no value.
/// </summary>
public static class FormNumber
{
    /// <returns>False when the text is not a number of that kind; <paramref name="value"/> is null for blank text.</returns>
    public static bool TryParse(string? text, out decimal? value, NumberKind kind = NumberKind.Decimal)
    {
        var parsed = NumberText.Parse(text, kind);
        value = parsed.Value;
        return parsed.Ok;
    }

    /// <summary>The value or the reason it is refused (in both languages).</summary>
    public static ParsedNumber Parse(string? text, NumberKind kind = NumberKind.Decimal) => NumberText.Parse(text, kind);
}
