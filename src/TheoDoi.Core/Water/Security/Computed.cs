using System.Globalization;
using TheoDoi.Core.Indicators;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water.Security;

/// <summary>A measured value on a date (a daily value, a monthly groundwater reading, a daily storage).</summary>
public sealed record DatedValue(DateOnly Date, decimal Value);

/// <summary>
/// The outcome of a water-security computation: either a value with the arithmetic behind it
/// (<see cref="Why"/>), or a refusal saying what is missing (<see cref="Refusal"/>) and no number at all,
/// like <see cref="WqiResult"/> (docs/reference/water-security.md: "each with its inputs shown").
/// </summary>
public sealed record Computed<T>
{
    private readonly T? _value;

    private Computed(T? value, Bilingual? why, Bilingual? refusal)
    {
        _value = value;
        Why = why;
        Refusal = refusal;
    }

    public bool IsComputed => Refusal is null;

    /// <summary>The value; reading it on a refusal is a programming error.</summary>
    public T Value => IsComputed ? _value! : throw new InvalidOperationException("Refused: " + Refusal!.En);

    /// <summary>The arithmetic in both languages; null on a refusal.</summary>
    public Bilingual? Why { get; }

    /// <summary>What is missing, in both languages; null when computed.</summary>
    public Bilingual? Refusal { get; }

    public static Computed<T> Ok(T value, Bilingual why) => new(value, why, null);

    public static Computed<T> Refused(Bilingual reason) => new(default, null, reason);
}

/// <summary>Numbers for the "why" texts: vi-VN for Vietnamese, invariant for English (as in Indicators).</summary>
internal static class SecurityText
{
    public static CultureInfo Vi => ExplanationFormat.Vietnamese;

    public static CultureInfo En => ExplanationFormat.English;

    public static string N(double value, CultureInfo culture) => ExplanationFormat.Number(value, culture);

    public static string N(decimal value, CultureInfo culture) => ExplanationFormat.Number((double)value, culture);

    public static string DM(DateOnly date) => date.ToString("dd/MM", CultureInfo.InvariantCulture);

    public static string D(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string D(DateTime time) => time.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static Bilingual Both(Func<CultureInfo, string> vi, Func<CultureInfo, string> en) => new(vi(Vi), en(En));
}
