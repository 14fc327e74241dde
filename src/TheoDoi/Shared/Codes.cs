using System.Linq.Expressions;

namespace TheoDoi.Shared;

/// <summary>
/// Codes of stations, units, indicators, parameters and licences are matched without regard to case:
/// links are generated in lower case (<c>LowercaseUrls</c>) and people type "sg-01" as often as "SG-01".
/// In a database query use <see cref="WithCode"/> (upper() in SQL on both providers; codes are
/// ASCII, so no culture is involved); in memory use <see cref="Same"/>.
/// </summary>
public static class Codes
{
    /// <summary>The form a code is compared in.</summary>
    public static string Key(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static readonly System.Reflection.MethodInfo s_upper = typeof(string).GetMethod(nameof(string.ToUpper), Type.EmptyTypes)!;

    /// <summary>
    /// The rows whose code is <paramref name="code"/> in any case, compared in the database as
    /// <c>upper(code) = KEY</c>. The expression is built here, once, so no query calls the
    /// culture-dependent <c>string.ToUpper()</c> in C# (CA1304): EF translates it to SQL upper().
    /// </summary>
    public static IQueryable<T> WithCode<T>(this IQueryable<T> rows, Expression<Func<T, string?>> codeOf, string? code)
    {
        var key = Key(code);
        Expression<Func<string>> parameter = () => key; // a captured value, so EF sends it as a parameter
        var body = Expression.Equal(Expression.Call(codeOf.Body, s_upper), parameter.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(body, codeOf.Parameters));
    }

    /// <summary>The rows whose code is one of <paramref name="codes"/> in any case: <c>upper(code) IN (KEYS)</c>, one statement for a batch.</summary>
    public static IQueryable<T> WithCodeIn<T>(this IQueryable<T> rows, Expression<Func<T, string?>> codeOf, IEnumerable<string> codes)
    {
        var keys = codes.Select(Key).Distinct().ToList();
        Expression<Func<List<string>>> parameter = () => keys; // a captured list, so EF sends it as one parameter
        var contains = typeof(List<string>).GetMethod(nameof(List<string>.Contains))!;
        var body = Expression.Call(parameter.Body, contains, Expression.Call(codeOf.Body, s_upper));
        return rows.Where(Expression.Lambda<Func<T, bool>>(body, codeOf.Parameters));
    }
}
