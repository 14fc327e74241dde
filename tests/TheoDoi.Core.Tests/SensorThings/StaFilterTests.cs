using System.Linq.Expressions;
using TheoDoi.Core.SensorThings;

namespace TheoDoi.Core.Tests.SensorThings;

/// <summary>
/// $filter as OGC 18-088 (9.3.3.5) and OData 4.0 define it, evaluated on rows in memory — the same
/// expression EF translates to SQL: operator precedence, numeric promotion, ISO 8601 times compared
/// with Unix seconds, string functions, and a 400 with a reason for anything else.
/// </summary>
public sealed class StaFilterTests
{
    private sealed record Row(long Id, string Name, double? Result, long Time);

    private static readonly Row[] s_rows =
    [
        new(1, "SG-01 DO", 5.7, 1_767_996_000),   // 2026-01-09T22:00:00Z
        new(2, "SG-07 DO", 6.2, 1_770_688_800),   // 2026-02-10T02:00:00Z
        new(3, "SG-07 pH", null, 1_773_108_000),  // 2026-03-10T02:00:00Z
    ];

    private static StaMember? Resolve(ParameterExpression row, string path) => path switch
    {
        "id" => new(Expression.Property(row, nameof(Row.Id))),
        "name" => new(Expression.Property(row, nameof(Row.Name))),
        "result" => new(Expression.Property(row, nameof(Row.Result))),
        "phenomenonTime" => new(Expression.Property(row, nameof(Row.Time)), IsTime: true),
        _ => null,
    };

    private static long[] Matching(string filter)
    {
        var predicate = StaExpressionBuilder.Predicate<Row>(StaFilterParser.Parse(filter), Resolve, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)).Compile();
        return s_rows.Where(predicate).Select(r => r.Id).ToArray();
    }

    public static TheoryData<string, long[]> Filters => new()
    {
        { "id eq 2", [2] },
        { "id ne 2", [1, 3] },
        { "result gt 6", [2] },
        { "result ge 5.7 and result lt 6.2", [1] },
        { "result eq null", [3] },
        { "result ne null", [1, 2] },
        { "id eq 1 or id eq 3 and result eq null", [1, 3] },          // and binds tighter than or
        { "(id eq 1 or id eq 3) and result eq null", [3] },
        { "not (id eq 1)", [2, 3] },
        { "id add 1 mul 2 eq 5", [3] },                              // mul before add: 3 + 2
        { "id mod 2 eq 0", [2] },
        { "result div 2 gt 3", [2] },
        { "id sub -1 eq 2", [1] },
        { "phenomenonTime ge 2026-02-01T00:00:00Z", [2, 3] },
        { "phenomenonTime le 2026-01-10T05:00:00+07:00", [1] },       // 22:00Z on the 9th is 05:00 on the 10th in Việt Nam
        { "phenomenonTime lt 2026-01-10T05:00:00+07:00", [] },
        { "phenomenonTime lt now()", [1, 2] },
        { "phenomenonTime gt mindatetime()", [1, 2, 3] },
        { "substringof('07', name)", [2, 3] },
        { "startswith(name, 'SG-01')", [1] },
        { "endswith(name, 'pH')", [3] },
        { "length(name) eq 8", [1, 2, 3] },
        { "indexof(name, 'DO') eq 6", [1, 2] },
        { "substring(name, 6) eq 'pH'", [3] },
        { "substring(name, 3, 2) eq '07'", [2, 3] },
        { "tolower(name) eq 'sg-07 ph'", [3] },
        { "toupper(name) eq 'SG-07 PH'", [3] },
        { "trim(concat(' ', name)) eq 'SG-01 DO'", [1] },
        { "round(result) eq 6", [1, 2] },
        { "floor(result) eq 5", [1] },
        { "ceiling(result) eq 7", [2] },
        { "name gt 'SG-05'", [2, 3] },
        { "name eq 'it''s'", [] },
        { "year(phenomenonTime) eq 2026", [1, 2, 3] },
        { "month(phenomenonTime) eq 2", [2] },
        { "day(phenomenonTime) eq 9", [1] },                          // UTC: 05:00 on the 10th in Việt Nam is still the 9th
        { "day(phenomenonTime) eq 10", [2, 3] },
        { "hour(phenomenonTime) eq 22", [1] },
        { "minute(phenomenonTime) eq 0 and second(phenomenonTime) eq 0", [1, 2, 3] },
        { "date(phenomenonTime) eq 2026-02-10", [2] },
        { "date(phenomenonTime) lt 2026-02-10", [1] },
        { "time(phenomenonTime) eq 02:00:00", [2, 3] },
        { "time(phenomenonTime) lt 12:00", [2, 3] },
        { "fractionalseconds(phenomenonTime) eq 0 and totaloffsetminutes(phenomenonTime) eq 0", [1, 2, 3] },
        { "month(2024-02-29T23:59:59Z) eq 2 and day(2024-02-29T23:59:59Z) eq 29", [1, 2, 3] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void A_filter_keeps_the_rows_the_standard_says(string filter, long[] expected)
    {
        Assert.Equal(expected, Matching(filter));
    }

    [Theory]
    [InlineData("result gt")]
    [InlineData("result gt 5 and")]
    [InlineData("(result gt 5")]
    [InlineData("nosuch eq 1")]
    [InlineData("frobnicate(result) eq 1")]
    [InlineData("year(name) eq 2026")]
    [InlineData("year(phenomenonTime, 1) eq 2026")]
    [InlineData("time(phenomenonTime) eq 25:00")]
    [InlineData("name add 1 eq 2")]
    [InlineData("result")]
    [InlineData("id eq 1 and 2")]
    [InlineData("name eq 'open")]
    [InlineData("phenomenonTime gt 'yesterday'")]
    [InlineData("startswith(name)")]
    [InlineData("id eq 1 #")]
    public void A_filter_the_service_cannot_run_is_refused_with_a_reason_in_both_languages(string filter)
    {
        var refusal = Assert.Throws<StaQueryException>(() => Matching(filter));

        Assert.False(string.IsNullOrWhiteSpace(refusal.Text.Vi));
        Assert.False(string.IsNullOrWhiteSpace(refusal.Text.En));
    }

    /// <summary>Year, month, day and time of day of a Unix time, as SQL computes them, against .NET's calendar: every 7th hour from 1970 to 2100 (leap days, 2000 and 2100 included).</summary>
    [Fact]
    public void The_date_functions_agree_with_the_calendar_from_1970_to_2100()
    {
        var seconds = Expression.Parameter(typeof(long), "t");
        Func<long, long> Part(string function) => Expression.Lambda<Func<long, long>>(StaDateFunctions.Build(function, new StaMember(seconds, IsTime: true)).Expression, seconds).Compile();
        var (year, month, day, hour, minute) = (Part("year"), Part("month"), Part("day"), Part("hour"), Part("minute"));
        var end = new DateTimeOffset(2100, 12, 31, 23, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        for (var t = 0L; t <= end; t += (7 * 3_600) + 61)
        {
            var expected = DateTimeOffset.FromUnixTimeSeconds(t);
            Assert.Equal((expected.Year, expected.Month, expected.Day, expected.Hour, expected.Minute), ((int)year(t), (int)month(t), (int)day(t), (int)hour(t), (int)minute(t)));
        }
    }

    private sealed record Located(long Id, DateOnly? Since);

    private static readonly Located[] s_located = [new(1, new DateOnly(2020, 5, 1)), new(2, new DateOnly(2020, 5, 2)), new(3, null)];

    public static TheoryData<string, long[]> DateFilters => new()
    {
        { "time eq 2020-05-01T00:00:00Z", [1] },
        { "time eq 2020-05-01T12:00:00Z", [] },                     // a date is its midnight: never noon
        { "time gt 2020-05-01T12:00:00Z", [2] },
        { "time ge 2020-05-01T12:00:00Z", [2] },
        { "time ge 2020-05-01T00:00:00Z", [1, 2] },
        { "time lt 2020-05-02T00:00:00Z", [1] },
        { "time le 2020-05-01T12:00:00Z", [1] },
        { "2020-05-01T12:00:00Z lt time", [2] },
        { "time eq null", [3] },
        { "year(time) eq 2020 and day(time) eq 2", [2] },
    };

    /// <summary>A HistoricalLocation's time is a calendar date; against an instant it compares as that day's midnight UTC.</summary>
    [Theory]
    [MemberData(nameof(DateFilters))]
    public void A_date_compares_with_an_instant_as_its_midnight(string filter, long[] expected)
    {
        static StaMember? Resolve(ParameterExpression row, string path) => path switch
        {
            "id" => new(Expression.Property(row, nameof(Located.Id))),
            "time" => new(Expression.Property(row, nameof(Located.Since)), IsTime: true),
            _ => null,
        };
        var predicate = StaExpressionBuilder.Predicate<Located>(StaFilterParser.Parse(filter), Resolve, DateTimeOffset.UnixEpoch).Compile();

        Assert.Equal(expected, s_located.Where(predicate).Select(r => r.Id));
    }

    [Fact]
    public void Orderby_reads_a_list_of_expressions_with_directions()
    {
        var order = StaFilterParser.ParseOrder("phenomenonTime desc, result add 1, id asc");

        Assert.Equal([true, false, false], order.Select(o => o.Descending));
        Assert.Equal(new StaProperty("phenomenonTime"), order[0].Node);
        Assert.IsType<StaBinary>(order[1].Node);
    }

    [Fact]
    public void Expand_reads_nested_options_and_paths()
    {
        var options = StaQueryOptions.Parse([new("$expand", "Datastreams($top=2;$filter=name eq 'a;b';$expand=Observations($top=1)),Thing/Locations")]);

        var datastreams = options.Expand[0];
        Assert.Equal("Datastreams", datastreams.Navigation);
        Assert.Equal(2, datastreams.Options.Top);
        Assert.NotNull(datastreams.Options.Filter);
        Assert.Equal(1, datastreams.Options.Expand.Single().Options.Top);
        Assert.Equal("Thing", options.Expand[1].Navigation);
        Assert.Equal("Locations", options.Expand[1].Options.Expand.Single().Navigation);
    }

    [Theory]
    [InlineData("$top", "x")]
    [InlineData("$skip", "-3")]
    [InlineData("$count", "yes")]
    [InlineData("$resultFormat", "xml")]
    [InlineData("$levels", "2")]
    [InlineData("$expand", "Datastreams($top=1")]
    public void A_bad_query_option_is_refused(string name, string value)
    {
        Assert.Throws<StaQueryException>(() => StaQueryOptions.Parse([new(name, value)]));
    }

    [Theory]
    [InlineData("mg/L", "mg/L")]
    [InlineData("µg/L", "ug/L")]
    [InlineData("°C", "Cel")]
    [InlineData("‰", "[ppth]")]
    [InlineData("MPN/100mL", "{MPN}/100mL")]
    [InlineData("m³/s", "m3/s")]
    [InlineData("", "[pH]")]
    public void Catalogue_units_are_given_their_UCUM_code(string unit, string ucum)
    {
        Assert.Equal(ucum, StaUcum.For(unit).Code);
    }
}
