using System.Text;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Water;

namespace TheoDoi.Water;

/// <summary>
/// Reads an observation file in either layout and yields canonical rows, streaming:
/// <list type="bullet">
/// <item>long (canonical): <c>station,time,parameter,value,unit,qualifier</c>, read by Core's <c>ObservationCsv</c>;</item>
/// <item>wide (spreadsheets, CSV or XLSX): <c>station,time</c> then one column per parameter, headed by
/// its code and optionally its unit ("BOD5 (mg/L)", "NH4_N [µg/L]"; without a unit the canonical unit is
/// meant). A cell may be empty (not measured), a number, or a number after "&lt;" or "&gt;". Times may
/// carry an offset; a spreadsheet time without one is Việt Nam time (+07:00), and "dd/MM/yyyy HH:mm" is
/// accepted. Columns named note, ghi chú or comment are ignored.</item>
/// </list>
/// Each wide row is turned into canonical rows and read by the same <c>ObservationCsv</c>, so both layouts
/// obey the same rules; errors name the spreadsheet's row and column.
/// </summary>
public static partial class ObservationFile
{
    public const string Long = "long", WideCsv = "wide-csv", WideXlsx = "wide-xlsx";

    public sealed record Opened(string Layout, IEnumerable<ObservationRow> Rows);

    private static readonly Bilingual s_noDataRows = new("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.", "the file has a header but no data rows");

    /// <summary>Decides the layout from the name and the header and reads lazily; <paramref name="stream"/> must stay open while enumerating.</summary>
    public static Opened Open(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return new Opened(WideXlsx, ReadXlsx(stream, cancellationToken));
        }

        var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var header = reader.ReadLine() ?? "";
        var fields = CsvRecordReader.Split(header);
        var names = fields.Select(h => h.Trim().Trim('"').Trim().ToLowerInvariant()).ToList();
        var isLong = names.Contains(ObservationCsv.ParameterColumn) && names.Contains(ObservationCsv.ValueColumn);
        return isLong
            ? new Opened(Long, RefuseEmpty(ObservationCsv.Read(new PrefixedReader(header + "\n", reader))))
            : new Opened(WideCsv, ReadWideCsv(WideHeader.Read(fields), reader));
    }

    /// <summary>A canonical file with a header and no data row is refused like an empty wide file: no batch is recorded.</summary>
    private static IEnumerable<ObservationRow> RefuseEmpty(IEnumerable<ObservationRow> rows)
    {
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            yield return row;
        }

        if (!any)
        {
            yield return new ObservationRow(1, 1, null, [new CsvError(1, null, s_noDataRows)], null, null);
        }
    }

    /// <summary>A reader that gives back a line already read, then the rest.</summary>
    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int _position;

        public override int Read()
        {
            if (_position < prefix.Length)
            {
                return prefix[_position++];
            }

            return rest.Read();
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(count, prefix.Length - _position);
                prefix.CopyTo(_position, buffer, index, n);
                _position += n;
                return n;
            }

            return rest.Read(buffer, index, count);
        }

        public override int Read(Span<char> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
