using System.Globalization;
using System.Text;
using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>One record of a CSV file as fields, with the physical line it starts on.</summary>
/// <param name="Error">Malformed quoting found in the record (the fields are still as read), or null.</param>
/// <param name="Fatal">The file cannot be read past this record (unterminated quote, overlong record).</param>
public sealed record CsvRecord(IReadOnlyList<string> Fields, int Line, Bilingual? Error, bool Fatal)
{
    /// <summary>An empty line, or one of spaces only.</summary>
    public bool IsBlank => Fields is [var only] && string.IsNullOrWhiteSpace(only) && Error is null;
}

/// <summary>
/// An RFC 4180 record reader holding one record at a time, so memory stays constant whatever the file
/// size: fields separated by commas, optionally quoted with '"', a doubled quote inside quotes is one
/// quote, quoted fields may hold commas and line breaks. CRLF, LF and lone CR all end a record.
/// Only <see cref="TextReader.Read()"/> is used, with a one-character look-ahead of its own, because
/// <see cref="TextReader.Peek"/> is optional (the base class always answers "end of input").
/// </summary>
public sealed class CsvRecordReader(TextReader reader, int maxRecordLength)
{
    /// <summary>
    /// The fields of one line by the same rules (the one CSV splitter of the application: water
    /// imports, station files); an empty line is one empty field.
    /// </summary>
    public static IReadOnlyList<string> Split(string line)
    {
        return new CsvRecordReader(new StringReader(line), int.MaxValue).Next()?.Fields ?? [""];
    }

    private const int Nothing = -2;
    private static readonly CultureInfo s_vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private int _line = 1;
    private int _ahead = Nothing;
    private bool _started;
    private bool _finished;

    private int Peek()
    {
        if (_ahead == Nothing)
        {
            _ahead = reader.Read();
        }

        return _ahead;
    }

    private int Read()
    {
        var next = Peek();
        _ahead = Nothing;
        return next;
    }

    public CsvRecord? Next()
    {
        if (_finished)
        {
            return null;
        }

        if (!_started)
        {
            _started = true;
            if (Peek() == '\uFEFF')
            {
                Read(); // a byte-order mark that the caller's decoder left in place
            }
        }

        if (Peek() < 0)
        {
            _finished = true;
            return null;
        }

        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var length = 0;
        Bilingual? error = null;
        var state = State.FieldStart;
        while (true)
        {
            var next = Read();
            if (next < 0)
            {
                _finished = true;
                if (state == State.Quoted)
                {
                    return Fail(new(
                        $"Trường mở dấu ngoặc kép ở dòng {startLine} không được đóng lại.",
                        $"a quoted field opened on line {startLine} is never closed"));
                }

                fields.Add(field.ToString());
                return new CsvRecord(fields, startLine, error, false);
            }

            if (++length > maxRecordLength)
            {
                _finished = true;
                return Fail(new(
                    $"Bản ghi dài quá {maxRecordLength.ToString("N0", s_vietnamese)} ký tự (có thể thiếu dấu ngoặc kép đóng); đã dừng đọc tệp.",
                    $"record longer than {maxRecordLength} characters (an unclosed quote?); reading stopped"));
            }

            var c = (char)next;
            var isNewline = c is '\r' or '\n';
            if (isNewline)
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }

                _line++;
            }

            switch (state)
            {
                case State.Quoted when c == '"':
                    if (Peek() == '"')
                    {
                        Read();
                        field.Append('"');
                    }
                    else
                    {
                        state = State.AfterQuote;
                    }

                    break;
                case State.Quoted:
                    field.Append(isNewline ? '\n' : c); // line breaks inside quotes are kept, normalised to LF
                    break;
                case State.FieldStart when c == '"':
                    state = State.Quoted;
                    break;
                case not State.Quoted when c == ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    state = State.FieldStart;
                    break;
                case not State.Quoted when isNewline:
                    fields.Add(field.ToString());
                    return new CsvRecord(fields, startLine, error, false);
                case State.AfterQuote:
                    error ??= new(
                        $"Có ký tự đứng sau dấu ngoặc kép đóng của trường thứ {fields.Count + 1}.",
                        $"text after the closing quote of field {fields.Count + 1}");
                    field.Append(c);
                    state = State.Unquoted;
                    break;
                default: // FieldStart or Unquoted
                    if (c == '"')
                    {
                        error ??= new(
                            $"Trường thứ {fields.Count + 1} có dấu ngoặc kép nhưng không nằm trong ngoặc kép (hãy đặt cả trường trong ngoặc kép và viết dấu ngoặc kép bên trong thành hai dấu).",
                            $"a quote inside unquoted field {fields.Count + 1} (quote the whole field and double the quote)");
                    }

                    field.Append(c);
                    state = State.Unquoted;
                    break;
            }
        }

        CsvRecord Fail(Bilingual reason)
        {
            fields.Add(field.ToString());
            return new CsvRecord(fields, startLine, reason, true);
        }
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote,
    }
}
