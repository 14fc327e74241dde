using System.Linq.Expressions;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.SensorThings;

/// <summary>
/// The OData date functions of SensorThings <c>$filter</c> (OGC 18-088, 9.3.3.5.2: <c>year month day
/// hour minute second fractionalseconds date time totaloffsetminutes</c>) over a time kept as Unix
/// seconds. They are built from integer arithmetic alone — the civil calendar from a day number
/// (H. Hinnant, "chrono-compatible low-level date algorithms", days_from_civil's inverse) — so EF
/// translates them to plain SQL on SQLite and PostgreSQL and the filter still runs in the database.
/// Times are UTC (the service writes every time with "Z"), so the offset is 0 and <c>date()</c> is the
/// UTC day. A date kept as a calendar date (a HistoricalLocation's time) answers year, month and day.
/// </summary>
public static class StaDateFunctions
{
    private const long SecondsPerDay = 86_400;

    public static bool Handles(string function) => function is "year" or "month" or "day" or "hour" or "minute" or "second"
        or "fractionalseconds" or "date" or "time" or "totaloffsetminutes";

    public static StaMember Build(string function, StaMember argument)
    {
        if (!argument.IsTime)
        {
            throw new StaQueryException(new Bilingual($"{function}: đối số phải là một thời điểm.", $"{function}: the argument must be a time."));
        }

        var time = argument.Expression switch
        {
            ConstantExpression { Value: DateTimeOffset value } => Expression.Constant(value.ToUnixTimeSeconds()),
            var member => member,
        };
        if (Underlying(time.Type) == typeof(DateOnly))
        {
            return OfDate(function, time);
        }

        if (Underlying(time.Type) != typeof(long))
        {
            throw new StaQueryException(new Bilingual($"{function}: đối số phải là một thời điểm.", $"{function}: the argument must be a time."));
        }

        return Lifted(time, seconds => function switch
        {
            "year" or "month" or "day" => Civil(seconds, function),
            "hour" => Expression.Divide(SecondOfDay(seconds), Expression.Constant(3_600L)),
            "minute" => Expression.Divide(Expression.Modulo(SecondOfDay(seconds), Expression.Constant(3_600L)), Expression.Constant(60L)),
            "second" => Expression.Modulo(SecondOfDay(seconds), Expression.Constant(60L)),
            "date" => Expression.Subtract(seconds, SecondOfDay(seconds)),
            "time" => SecondOfDay(seconds),
            _ => Expression.Constant(0L), // fractionalseconds (the store keeps whole seconds) and totaloffsetminutes (UTC)
        }, isTime: function == "date");
    }

    /// <summary>
    /// A calendar date (a HistoricalLocation's time: that day at midnight UTC) against an instant, exactly:
    /// <c>time gt 2020-05-01T12:00:00Z</c> holds from 2 May, <c>time ge …</c> too, and <c>eq</c> only when the
    /// instant is a midnight. Null when neither side is a date, so the caller compares as usual.
    /// </summary>
    public static Expression? CompareWithDate(string op, Expression left, Expression right)
    {
        if (!IsDate(left.Type) && IsDate(right.Type))
        {
            return CompareWithDate(op switch { "gt" => "lt", "ge" => "le", "lt" => "gt", "le" => "ge", _ => op }, right, left);
        }

        if (!IsDate(left.Type))
        {
            return null;
        }

        if (right is ConstantExpression { Value: null })
        {
            var none = Expression.Constant(null, typeof(Nullable<>).MakeGenericType(typeof(DateOnly)));
            var date = Expression.Convert(left, none.Type);
            return op == "eq" ? Expression.Equal(date, none) : op == "ne" ? Expression.NotEqual(date, none) : Expression.Constant(false);
        }

        if (right is not ConstantExpression { Value: DateTimeOffset instant })
        {
            throw new StaQueryException(new Bilingual("Ngày chỉ so sánh được với một thời điểm ISO 8601.", "A date can only be compared with an ISO 8601 time."));
        }

        var utc = instant.UtcDateTime;
        var day = DateOnly.FromDateTime(utc);
        var midnight = utc.TimeOfDay == TimeSpan.Zero;
        var next = midnight ? day : day.AddDays(1);
        Expression On(DateOnly date) => Expression.Constant(date, left.Type);
        return op switch
        {
            "gt" => Expression.GreaterThan(left, On(day)),
            "ge" => Expression.GreaterThanOrEqual(left, On(next)),
            "lt" => Expression.LessThan(left, On(next)),
            "le" => Expression.LessThanOrEqual(left, On(day)),
            "eq" => midnight ? Expression.Equal(left, On(day)) : Expression.Constant(false),
            _ => midnight ? Expression.NotEqual(left, On(day)) : Expression.Constant(true),
        };
    }

    private static bool IsDate(Type type) => Underlying(type) == typeof(DateOnly);

    // Seconds since midnight UTC; times before 1970 fold into the day as well.
    private static Expression SecondOfDay(Expression seconds) =>
        Expression.Modulo(Expression.Add(Expression.Modulo(seconds, Expression.Constant(SecondsPerDay)), Expression.Constant(SecondsPerDay)), Expression.Constant(SecondsPerDay));

    /// <summary>Year, month or day of the civil (proleptic Gregorian) calendar for Unix seconds from 1970.</summary>
    private static Expression Civil(Expression seconds, string part)
    {
        static Expression C(long value) => Expression.Constant(value);
        var days = Expression.Divide(Expression.Subtract(seconds, SecondOfDay(seconds)), C(SecondsPerDay));
        var z = Expression.Add(days, C(719_468));
        // Times from 1970 on: z is positive, so the era is a plain division.
        var era = Expression.Divide(z, C(146_097));
        var dayOfEra = Expression.Subtract(z, Expression.Multiply(era, C(146_097)));
        var yearOfEra = Expression.Divide(
            Expression.Subtract(Expression.Add(Expression.Subtract(dayOfEra, Expression.Divide(dayOfEra, C(1_460))), Expression.Divide(dayOfEra, C(36_524))), Expression.Divide(dayOfEra, C(146_096))),
            C(365));
        var dayOfYear = Expression.Subtract(dayOfEra,
            Expression.Subtract(Expression.Add(Expression.Multiply(C(365), yearOfEra), Expression.Divide(yearOfEra, C(4))), Expression.Divide(yearOfEra, C(100))));
        var monthFromMarch = Expression.Divide(Expression.Add(Expression.Multiply(C(5), dayOfYear), C(2)), C(153));
        var month = Expression.Condition(Expression.LessThan(monthFromMarch, C(10)), Expression.Add(monthFromMarch, C(3)), Expression.Subtract(monthFromMarch, C(9)));
        return part switch
        {
            "day" => Expression.Add(Expression.Subtract(dayOfYear, Expression.Divide(Expression.Add(Expression.Multiply(C(153), monthFromMarch), C(2)), C(5))), C(1)),
            "month" => month,
            _ => Expression.Add(Expression.Add(yearOfEra, Expression.Multiply(era, C(400))), Expression.Condition(Expression.LessThanOrEqual(month, C(2)), C(1), C(0))),
        };
    }

    private static StaMember OfDate(string function, Expression date)
    {
        if (function is not ("year" or "month" or "day" or "date"))
        {
            throw new StaQueryException(new Bilingual($"{function}: thời điểm này chỉ có ngày.", $"{function}: this time is a date only."));
        }

        if (function == "date")
        {
            return new(date, IsTime: true);
        }

        var part = function == "year" ? nameof(DateOnly.Year) : function == "month" ? nameof(DateOnly.Month) : nameof(DateOnly.Day);
        return Lifted(date, value => Expression.Convert(Expression.Property(value, part), typeof(long)), isTime: false);
    }

    // A missing time gives a missing part: time.HasValue ? f(time.Value) : null.
    private static StaMember Lifted(Expression time, Func<Expression, Expression> part, bool isTime)
    {
        if (Nullable.GetUnderlyingType(time.Type) is null)
        {
            return new(part(time), isTime);
        }

        var value = part(Expression.Property(time, "Value"));
        var nullable = typeof(Nullable<>).MakeGenericType(value.Type);
        return new(Expression.Condition(Expression.Property(time, "HasValue"), Expression.Convert(value, nullable), Expression.Constant(null, nullable)), isTime);
    }

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
