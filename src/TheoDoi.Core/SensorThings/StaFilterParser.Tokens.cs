using System.Text;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.SensorThings;

/// <summary>The tokens of a <c>$filter</c>/<c>$orderby</c>: words, numbers, quoted strings, times, brackets, commas.</summary>
public sealed partial class StaFilterParser
{
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(new(c == '(' ? Kind.Open : c == ')' ? Kind.Close : Kind.Comma, c.ToString(), start));
                i++;
            }
            else if (c == '-' && (i + 1 >= text.Length || !char.IsDigit(text[i + 1])))
            {
                tokens.Add(new(Kind.Minus, "-", start));
                i++;
            }
            else if (c == '\'')
            {
                tokens.Add(new(Kind.Text, Quoted(text, ref i), start));
            }
            else if (char.IsDigit(c) || c == '-')
            {
                // OData subtracts with "sub", so '-' before a digit is a negative number's sign.
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or ':' or '-' or '+'))
                {
                    i++;
                }

                var literal = text[start..i];
                var time = literal.Contains('T', StringComparison.Ordinal) || literal.Contains(':', StringComparison.Ordinal) || literal.Count(ch => ch == '-') >= 2;
                tokens.Add(new(time ? Kind.Time : Kind.Number, literal, start));
            }
            else if (char.IsLetter(c) || c is '_' or '@')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '/' or '.' or '@'))
                {
                    i++;
                }

                tokens.Add(new(Kind.Word, text[start..i], start));
            }
            else
            {
                throw new StaQueryException(new Bilingual($"Ký tự \"{c}\" không hợp lệ ở vị trí {start}.", $"Character \"{c}\" is not allowed at position {start}."));
            }
        }

        tokens.Add(new(Kind.End, "", text.Length));
        return tokens;
    }

    private static string Quoted(string text, ref int i)
    {
        var value = new StringBuilder();
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new StaQueryException(new Bilingual("Chuỗi không có dấu nháy đóng.", "A string is missing its closing quote."));
            }

            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                i++;
                return value.ToString();
            }

            value.Append(text[i++]);
        }
    }
}
