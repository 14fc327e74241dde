using System.Globalization;
using System.Text.Json;

namespace TheoDoi.Shared;

/// <summary>
/// Interface texts. Vietnamese is the source language and the key; English comes from
/// Shared/Texts.en.json. A missing translation shows the Vietnamese text rather than a blank.
/// </summary>
public sealed class Texts
{
    private readonly Dictionary<string, string> _english;

    public Texts()
    {
        using var stream = typeof(Texts).Assembly.GetManifestResourceStream("TheoDoi.Shared.Texts.en.json")
            ?? throw new InvalidOperationException("Shared/Texts.en.json is missing from the build.");
        _english = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string this[string vietnamese] => IsEnglish && _english.TryGetValue(vietnamese, out var english) ? english : vietnamese;

    /// <summary>Pick between a Vietnamese value and its optional English counterpart.</summary>
    public static string Pick(string vietnamese, string? english) => IsEnglish && english is { Length: > 0 } ? english : vietnamese;

    public IReadOnlyCollection<string> Keys => _english.Keys;
}
