using System.Linq.Expressions;
using System.Reflection;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.SensorThings;

/// <summary>
/// What a property path stands for in a row: its expression and whether it holds a time in Unix
/// seconds (phenomenonTime, resultTime), so ISO 8601 literals are compared as seconds.
/// </summary>
public sealed record StaMember(Expression Expression, bool IsTime = false);

/// <summary>
/// Turns a parsed <c>$filter</c>/<c>$orderby</c> into a LINQ expression over a row, for EF Core to
/// translate into SQL: the filter runs in the database (issue 10: no series is loaded to be
/// filtered). Numbers are promoted as OData does (integer to double); <c>null</c> takes the other
/// side's type. Only functions EF translates on SQLite and PostgreSQL are offered; the others
/// answer 400 saying so.
/// </summary>
public sealed class StaExpressionBuilder(Func<string, StaMember?> resolve, DateTimeOffset now)
{
    private static readonly MethodInfo s_contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo s_startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo s_endsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo s_indexOf = typeof(string).GetMethod(nameof(string.IndexOf), [typeof(string)])!;
    private static readonly MethodInfo s_substring1 = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo s_substring2 = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo s_toLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo s_toUpper = typeof(string).GetMethod(nameof(string.ToUpper), Type.EmptyTypes)!;
    private static readonly MethodInfo s_trim = typeof(string).GetMethod(nameof(string.Trim), Type.EmptyTypes)!;
    private static readonly MethodInfo s_concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo s_compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo s_round = typeof(Math).GetMethod(nameof(Math.Round), [typeof(double)])!;
    private static readonly MethodInfo s_floor = typeof(Math).GetMethod(nameof(Math.Floor), [typeof(double)])!;
    private static readonly MethodInfo s_ceiling = typeof(Math).GetMethod(nameof(Math.Ceiling), [typeof(double)])!;

    public static Expression<Func<T, bool>> Predicate<T>(StaNode filter, Func<ParameterExpression, string, StaMember?> resolve, DateTimeOffset now)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var body = new StaExpressionBuilder(path => resolve(row, path), now).Build(filter).Expression;
        if (body.Type != typeof(bool))
        {
            throw Invalid("$filter phải là một điều kiện (đúng/sai).", "$filter must be a condition (true or false).");
        }

        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    public static LambdaExpression Key<T>(StaNode key, Func<ParameterExpression, string, StaMember?> resolve, DateTimeOffset now)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var body = new StaExpressionBuilder(path => resolve(row, path), now).Build(key).Expression;
        return Expression.Lambda(body, row);
    }

    public StaMember Build(StaNode node) => node switch
    {
        StaProperty property => resolve(property.Path)
            ?? throw Invalid($"Không có thuộc tính \"{property.Path}\" để lọc hoặc sắp xếp.", $"There is no property \"{property.Path}\" to filter or order by."),
        StaLiteral { Value: TimeSpan ofDay } => new(Expression.Constant((long)ofDay.TotalSeconds)),
        StaLiteral literal => new(Expression.Constant(literal.Value), literal.Value is DateTimeOffset),
        StaUnary { Operator: "not" } not => new(Expression.Not(Boolean(Build(not.Operand)))),
        StaUnary negate => new(Expression.Negate(Numeric(Build(negate.Operand).Expression))),
        StaBinary { Operator: "and" or "or" } logical => new(logical.Operator == "and"
            ? Expression.AndAlso(Boolean(Build(logical.Left)), Boolean(Build(logical.Right)))
            : Expression.OrElse(Boolean(Build(logical.Left)), Boolean(Build(logical.Right)))),
        StaBinary { Operator: "add" or "sub" or "mul" or "div" or "mod" } arithmetic => Arithmetic(arithmetic),
        StaBinary comparison => new(Compare(comparison.Operator, Build(comparison.Left), Build(comparison.Right))),
        StaCall call => Call(call),
        _ => throw Invalid("Biểu thức không hợp lệ.", "Invalid expression."),
    };

    private StaMember Arithmetic(StaBinary node)
    {
        var (left, right) = Promote(Numeric(Build(node.Left).Expression), Numeric(Build(node.Right).Expression));
        return new(node.Operator switch
        {
            "add" => Expression.Add(left, right),
            "sub" => Expression.Subtract(left, right),
            "mul" => Expression.Multiply(left, right),
            "div" => Expression.Divide(left, right),
            _ => Expression.Modulo(left, right),
        });
    }

    private static Expression Compare(string op, StaMember leftMember, StaMember rightMember)
    {
        var left = leftMember.Expression;
        var right = rightMember.Expression;

        // A time property against an ISO 8601 literal: compare Unix seconds, as the store keeps them (or days, for a date).
        if ((leftMember.IsTime || rightMember.IsTime) && StaDateFunctions.CompareWithDate(op, left, right) is { } onDates)
        {
            return onDates;
        }

        if (leftMember.IsTime || rightMember.IsTime)
        {
            (left, right) = (Seconds(left), Seconds(right));
        }

        if (IsNull(left) || IsNull(right))
        {
            var other = IsNull(left) ? right : left;
            var type = Nullable(other.Type);
            (left, right) = (Convert(left, type), Convert(right, type));
        }
        else if (left.Type == typeof(string) && right.Type == typeof(string))
        {
            if (op is not ("eq" or "ne"))
            {
                left = Expression.Call(s_compare, left, right);
                right = Expression.Constant(0);
            }
        }
        else if (left.Type != right.Type)
        {
            (left, right) = Promote(Numeric(left), Numeric(right));
        }

        return op switch
        {
            "eq" => Expression.Equal(left, right),
            "ne" => Expression.NotEqual(left, right),
            "gt" => Expression.GreaterThan(left, right),
            "ge" => Expression.GreaterThanOrEqual(left, right),
            "lt" => Expression.LessThan(left, right),
            _ => Expression.LessThanOrEqual(left, right),
        };
    }

    private StaMember Call(StaCall call)
    {
        var args = call.Arguments.Select(Build).ToList();
        Expression Text(int i) => args.Count > i && args[i].Expression.Type == typeof(string)
            ? args[i].Expression
            : throw Invalid($"{call.Function}: đối số {i + 1} phải là chuỗi.", $"{call.Function}: argument {i + 1} must be a string.");
        Expression Int(int i) => Convert(Numeric(args[i].Expression), typeof(int));
        void Count(params int[] allowed)
        {
            if (!allowed.Contains(args.Count))
            {
                throw Invalid($"{call.Function}: số đối số không đúng.", $"{call.Function}: wrong number of arguments.");
            }
        }

        switch (call.Function)
        {
            case "substringof":
                Count(2);
                return new(Expression.Call(Text(1), s_contains, Text(0)));
            case "contains":
                Count(2);
                return new(Expression.Call(Text(0), s_contains, Text(1)));
            case "startswith":
                Count(2);
                return new(Expression.Call(Text(0), s_startsWith, Text(1)));
            case "endswith":
                Count(2);
                return new(Expression.Call(Text(0), s_endsWith, Text(1)));
            case "length":
                Count(1);
                return new(Expression.Property(Text(0), nameof(string.Length)));
            case "indexof":
                Count(2);
                return new(Expression.Call(Text(0), s_indexOf, Text(1)));
            case "substring":
                Count(2, 3);
                return new(args.Count == 2 ? Expression.Call(Text(0), s_substring1, Int(1)) : Expression.Call(Text(0), s_substring2, Int(1), Int(2)));
            case "tolower" or "toupper" or "trim":
                Count(1);
                return new(Expression.Call(Text(0), call.Function == "tolower" ? s_toLower : call.Function == "toupper" ? s_toUpper : s_trim));
            case "concat":
                Count(2);
                return new(Expression.Call(s_concat, Text(0), Text(1)));
            case "round" or "floor" or "ceiling":
                Count(1);
                return new(Rounded(call.Function == "round" ? s_round : call.Function == "floor" ? s_floor : s_ceiling, Numeric(args[0].Expression)));
            case "now" or "mindatetime" or "maxdatetime":
                Count(0);
                return new(Expression.Constant(call.Function == "now" ? now : call.Function == "mindatetime" ? DateTimeOffset.UnixEpoch : new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero)), true);
            case var date when StaDateFunctions.Handles(date):
                Count(1);
                return StaDateFunctions.Build(date, args[0]);
            default:
                throw Invalid($"Hàm \"{call.Function}\" không được hỗ trợ.", $"The function \"{call.Function}\" is not supported.");
        }
    }

    // A missing value (result null) stays missing instead of failing: x.HasValue ? Math.Round(x.Value) : null.
    private static Expression Rounded(MethodInfo method, Expression value)
    {
        if (!IsNullable(value.Type))
        {
            return Expression.Call(method, Convert(value, typeof(double)));
        }

        var present = Expression.Call(method, Convert(Expression.Property(value, "Value"), typeof(double)));
        return Expression.Condition(Expression.Property(value, "HasValue"), Expression.Convert(present, typeof(double?)), Expression.Constant(null, typeof(double?)));
    }

    private static Expression Seconds(Expression time) => time switch
    {
        ConstantExpression { Value: DateTimeOffset value } => Expression.Constant(value.ToUnixTimeSeconds()),
        ConstantExpression { Value: string text } when DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            => Expression.Constant(value.ToUnixTimeSeconds()),
        _ when time.Type == typeof(long) || time.Type == typeof(long?) || IsNull(time) => time,
        _ => throw Invalid("Thời gian chỉ so sánh được với một thời điểm ISO 8601.", "A time can only be compared with an ISO 8601 time."),
    };

    private static Expression Boolean(StaMember member) => member.Expression.Type == typeof(bool)
        ? member.Expression
        : throw Invalid("Toán tử logic cần điều kiện đúng/sai.", "Logical operators need true/false conditions.");

    private static Expression Numeric(Expression expression)
    {
        var type = System.Nullable.GetUnderlyingType(expression.Type) ?? expression.Type;
        return type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(short)
            ? expression
            : throw Invalid("Phép toán số cần giá trị số.", "Arithmetic and numeric comparison need numbers.");
    }

    private static (Expression, Expression) Promote(Expression left, Expression right)
    {
        var nullable = IsNullable(left.Type) || IsNullable(right.Type);
        var baseType = Base(left.Type) == typeof(double) || Base(right.Type) == typeof(double) ? typeof(double) : typeof(long);
        var type = nullable ? typeof(Nullable<>).MakeGenericType(baseType) : baseType;
        return (Convert(left, type), Convert(right, type));
    }

    private static Type Base(Type type) => System.Nullable.GetUnderlyingType(type) ?? type;

    private static bool IsNullable(Type type) => System.Nullable.GetUnderlyingType(type) is not null;

    private static Type Nullable(Type type) => type.IsValueType && !IsNullable(type) ? typeof(Nullable<>).MakeGenericType(type) : type;

    private static bool IsNull(Expression expression) => expression is ConstantExpression { Value: null };

    private static Expression Convert(Expression expression, Type type) =>
        expression.Type == type ? expression : IsNull(expression) ? Expression.Constant(null, type) : Expression.Convert(expression, type);

    private static StaQueryException Invalid(string vi, string en) => new(new Bilingual(vi, en));
}
