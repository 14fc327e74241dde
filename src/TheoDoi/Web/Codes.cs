namespace TheoDoi.Web;

/// <summary>
/// Codes of stations, units, indicators, parameters and licences are matched without regard to case:
/// links are generated in lower case (<c>LowercaseUrls</c>) and people type "sg-01" as often as "SG-01".
/// In a database query compare <c>x.Code.ToUpper() == Codes.Key(code)</c> (upper() on both providers;
/// codes are ASCII); in memory use <see cref="Same"/>.
/// </summary>
public static class Codes
{
    /// <summary>The form a code is compared in.</summary>
    public static string Key(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
