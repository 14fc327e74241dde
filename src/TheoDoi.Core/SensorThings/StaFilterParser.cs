using System.Globalization;
using System.Text;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.SensorThings;

/// <summary>
/// A small recursive-descent parser for the OData expression syntax SensorThings 1.1 uses in
/// <c>$filter</c> and <c>$orderby</c> (docs: OGC 18-088, 9.3.3.5.1 operators by precedence: unary
/// <c>not -</c>, <c>mul div mod</c>, <c>add sub</c>, comparisons, <c>and</c>, <c>or</c>). Literals:
/// numbers, <c>'strings'</c> (<c>''</c> escapes a quote), <c>true false null</c>, unquoted ISO 8601
/// times such as <c>2024-01-01T00:00:00Z</c> and dates (midnight UTC), and times of day such as <c>09:30:00</c>.
/// </summary>
public sealed partial class StaFilterParser
{
    private static readonly HashSet<string> s_comparisons = ["eq", "ne", "gt", "ge", "lt", "le"];
    private readonly List<Token> _tokens;
    private int _at;

    private StaFilterParser(string text) => _tokens = Tokenize(text);

    private enum Kind
    {
        Word,
        Number,
        Text,
        Time,
        Open,
        Close,
        Comma,
        Minus,
        End,
    }

    private sealed record Token(Kind Kind, string Text, int Position);

    public static StaNode Parse(string text)
    {
        var parser = new StaFilterParser(text);
        var node = parser.Or();
        parser.Expect(Kind.End);
        return node;
    }

    /// <summary>A comma-separated list (<c>$orderby=phenomenonTime desc, id</c>): each expression and whether it is descending.</summary>
    public static IReadOnlyList<(StaNode Node, bool Descending)> ParseOrder(string text)
    {
        var parser = new StaFilterParser(text);
        var items = new List<(StaNode, bool)>();
        do
        {
            var node = parser.Additive();
            var descending = false;
            if (parser.Peek is { Kind: Kind.Word, Text: "asc" or "desc" } direction)
            {
                parser._at++;
                descending = direction.Text == "desc";
            }

            items.Add((node, descending));
        }
        while (parser.Accept(Kind.Comma));
        parser.Expect(Kind.End);
        return items;
    }

    private Token Peek => _tokens[_at];

    private bool Accept(Kind kind)
    {
        if (Peek.Kind != kind)
        {
            return false;
        }

        _at++;
        return true;
    }

    private bool AcceptWord(string word)
    {
        if (Peek is { Kind: Kind.Word } token && token.Text == word)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void Expect(Kind kind)
    {
        if (!Accept(kind))
        {
            throw Error(Peek);
        }
    }

    private StaNode Or()
    {
        var left = And();
        while (AcceptWord("or"))
        {
            left = new StaBinary("or", left, And());
        }

        return left;
    }

    private StaNode And()
    {
        var left = Comparison();
        while (AcceptWord("and"))
        {
            left = new StaBinary("and", left, Comparison());
        }

        return left;
    }

    private StaNode Comparison()
    {
        var left = Additive();
        if (Peek is { Kind: Kind.Word } token && s_comparisons.Contains(token.Text))
        {
            _at++;
            return new StaBinary(token.Text, left, Additive());
        }

        return left;
    }

    private StaNode Additive()
    {
        var left = Multiplicative();
        while (Peek is { Kind: Kind.Word, Text: "add" or "sub" } token)
        {
            _at++;
            left = new StaBinary(token.Text, left, Multiplicative());
        }

        return left;
    }

    private StaNode Multiplicative()
    {
        var left = Unary();
        while (Peek is { Kind: Kind.Word, Text: "mul" or "div" or "mod" } token)
        {
            _at++;
            left = new StaBinary(token.Text, left, Unary());
        }

        return left;
    }

    private StaNode Unary()
    {
        if (AcceptWord("not"))
        {
            return new StaUnary("not", Unary());
        }

        return Accept(Kind.Minus) ? new StaUnary("-", Unary()) : Primary();
    }

    private StaNode Primary()
    {
        var token = Peek;
        _at++;
        switch (token.Kind)
        {
            case Kind.Open:
                var inner = Or();
                Expect(Kind.Close);
                return inner;
            case Kind.Number:
                return new StaLiteral(Number(token));
            case Kind.Text:
                return new StaLiteral(token.Text);
            case Kind.Time:
                return new StaLiteral(Time(token));
            case Kind.Word when token.Text is "true" or "false":
                return new StaLiteral(token.Text == "true");
            case Kind.Word when token.Text == "null":
                return new StaLiteral(null);
            case Kind.Word when Peek.Kind == Kind.Open:
                _at++;
                var arguments = new List<StaNode>();
                if (!Accept(Kind.Close))
                {
                    do
                    {
                        arguments.Add(Or());
                    }
                    while (Accept(Kind.Comma));
                    Expect(Kind.Close);
                }

                return new StaCall(token.Text.ToLowerInvariant(), arguments);
            case Kind.Word:
                return new StaProperty(token.Text);
            default:
                throw Error(token);
        }
    }

    private static object Number(Token token)
    {
        if (long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : throw Error(token);
    }

    // A time of day (hh:mm or hh:mm:ss, for time()) or an ISO 8601 date or date-time; a date alone is midnight UTC.
    private static object Time(Token token)
    {
        if (!token.Text.Contains('-', StringComparison.Ordinal) && !token.Text.Contains('T', StringComparison.Ordinal))
        {
            return TimeSpan.TryParseExact(token.Text, ["hh\\:mm", "hh\\:mm\\:ss", "hh\\:mm\\:ss\\.FFFFFFF"], CultureInfo.InvariantCulture, out var ofDay) && ofDay < TimeSpan.FromDays(1)
                ? ofDay
                : throw Error(token);
        }

        return DateTimeOffset.TryParse(token.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : throw Error(token);
    }

    private static StaQueryException Error(Token token) => token.Kind == Kind.End
        ? new(new Bilingual($"Biểu thức kết thúc khi còn thiếu phần sau (vị trí {token.Position}).", $"The expression ends where more was expected (position {token.Position})."))
        : new(new Bilingual($"Không hiểu \"{token.Text}\" ở vị trí {token.Position}.", $"Unexpected \"{token.Text}\" at position {token.Position}."));
}
