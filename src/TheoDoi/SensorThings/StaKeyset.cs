using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using TheoDoi.Core.SensorThings;
using TheoDoi.Core.Texts;

namespace TheoDoi.SensorThings;

/// <summary>
/// Ordering and keyset paging: <c>$skiptoken</c> holds the sort keys of a page's last row, and the
/// next page is the rows after them (<c>k₁ &gt; v₁ OR (k₁ = v₁ AND k₂ &gt; v₂) …</c>). On one series
/// ordered by time that is <c>observed_at &gt; v</c> inside the primary key, so page 10,000 costs
/// what page 1 does. Nullable keys cannot be compared that way; their next page falls back to $skip.
/// </summary>
public static class StaKeyset
{
    private static readonly MethodInfo s_compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static IQueryable<T> Order<T>(IQueryable<T> query, IReadOnlyList<(LambdaExpression Key, bool Descending)> keys)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, descending) = keys[i];
            var method = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], expression, Expression.Quote(key));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<(LambdaExpression Key, bool Descending)> keys, IReadOnlyList<object> values)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var bodies = keys.Select(k => new Rebind(k.Key.Parameters[0], row).Visit(k.Key.Body)).ToList();
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression step = Beyond(bodies[i], Parameter(values[i], bodies[i].Type), keys[i].Descending);
            for (var j = i - 1; j >= 0; j--)
            {
                step = Expression.AndAlso(Expression.Equal(bodies[j], Parameter(values[j], bodies[j].Type)), step);
            }

            any = any is null ? step : Expression.OrElse(any, step);
        }

        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(true), row);
    }

    /// <summary>The token after <paramref name="row"/>, or null when a key is nullable or not comparable (then $skip pages).</summary>
    public static string? Encode(IReadOnlyList<(LambdaExpression Key, bool Descending)> keys, object row)
    {
        if (keys.Any(k => !Comparable(k.Key.ReturnType)))
        {
            return null;
        }

        var values = keys.Select(k => k.Key.Compile(preferInterpretation: true).DynamicInvoke(row)).ToList();
        return WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(values));
    }

    public static IReadOnlyList<object> Decode(string token, IReadOnlyList<(LambdaExpression Key, bool Descending)> keys)
    {
        try
        {
            var elements = JsonSerializer.Deserialize<JsonElement[]>(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)));
            if (elements is null || elements.Length != keys.Count || keys.Any(k => !Comparable(k.Key.ReturnType)))
            {
                throw Invalid();
            }

            return elements.Select((e, i) => e.Deserialize(keys[i].Key.ReturnType) ?? throw Invalid()).ToList();
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException)
        {
            throw Invalid();
        }
    }

    /// <summary>
    /// A page's key as a query parameter, not a constant: EF turns a member of a captured object into a
    /// parameter, so every page of a series reuses one compiled query instead of compiling (and caching)
    /// a new one for each token.
    /// </summary>
    private static MemberExpression Parameter(object value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(Box<int>.Value));
    }

    private static bool Comparable(Type type) => type == typeof(long) || type == typeof(int) || type == typeof(double) || type == typeof(string);

    private static Expression Beyond(Expression key, Expression value, bool descending)
    {
        if (key.Type == typeof(string))
        {
            key = Expression.Call(s_compare, key, value);
            value = Expression.Constant(0);
        }

        return descending ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value);
    }

    private static StaQueryException Invalid() =>
        new(new Bilingual("$skiptoken không hợp lệ hoặc không thuộc truy vấn này.", "The $skiptoken is not valid or belongs to another query."));

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
