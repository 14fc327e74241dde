using System.Globalization;

namespace TheoDoi.Core.Texts;

/// <summary>
/// A text people read — an error, a reason, a note — in Vietnamese (the source language) and
/// English. A Vietnamese page shows only <see cref="Vi"/>, an English page only <see cref="En"/>:
/// messages are never glued together as "tiếng Việt (English)". Logs and file formats use
/// <see cref="En"/>.
/// </summary>
public sealed record Bilingual(string Vi, string En)
{
    /// <summary>True when the current UI culture is English (the pages' EN switch).</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text in the reader's language (the current UI culture).</summary>
    public string Pick() => IsEnglish ? En : Vi;

    public override string ToString() => Pick();
}
