using System.Globalization;
using System.Text;
using System.Xml;

namespace TheoDoi.Imports;

/// <summary>The workbook's parts: sheet list, styles (which cells are dates), shared strings and rows.</summary>
public sealed partial class XlsxReader
{
    private const string WorkbookPart = "xl/workbook.xml", RelationsPart = "xl/_rels/workbook.xml.rels";

    private (List<string> Names, Dictionary<string, string> Parts) ReadWorkbook()
    {
        var targets = Parse(RelationsPart, () =>
        {
            var map = new Dictionary<string, (string Type, string Target)>(StringComparer.Ordinal);
            using var xml = Part(RelationsPart, required: false);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                {
                    map[id] = (xml.GetAttribute("Type") ?? "", ResolveTarget(target));
                }
            }

            return map;
        });
        SharedStringsPart = targets.Values.FirstOrDefault(t => t.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target ?? "xl/sharedStrings.xml";
        StylesPart = targets.Values.FirstOrDefault(t => t.Type.EndsWith("/styles", StringComparison.Ordinal)).Target ?? "xl/styles.xml";
        return Parse(WorkbookPart, () =>
        {
            var names = new List<string>();
            var parts = new Dictionary<string, string>(StringComparer.Ordinal);
            using var xml = Part(WorkbookPart);
            var position = 0;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet")
                {
                    continue;
                }

                position++;
                var name = xml.GetAttribute("name")?.Trim();
                if (string.IsNullOrEmpty(name))
                {
                    throw new XlsxRejectedException(new($"Trang tính thứ {position} không có tên.", $"Sheet {position} has no name."));
                }

                if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    throw new XlsxRejectedException(new($"Có hai trang tính cùng tên \"{name}\".", $"Two sheets are named \"{name}\"."));
                }

                var id = xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                var part = id is not null && targets.TryGetValue(id, out var target) ? target.Target : $"xl/worksheets/sheet{position}.xml";
                names.Add(name);
                parts[name] = part;
            }

            if (names.Count == 0)
            {
                throw new XlsxRejectedException(new("Tệp Excel không có trang tính nào.", "The workbook has no sheet."));
            }

            return (names, parts);
        });
    }

    private string SharedStringsPart { get; set; } = "xl/sharedStrings.xml";

    private string StylesPart { get; set; } = "xl/styles.xml";

    private static string ResolveTarget(string target)
    {
        var path = target.Replace('\\', '/');
        path = path.StartsWith('/') ? path.TrimStart('/') : "xl/" + path;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>Which cell styles show a date: built-in formats 14–22, 45–47 and custom ones with d, m, y, h or s outside quotes.</summary>
    private void ReadStyles() => Parse(StylesPart, () =>
    {
        var dateFormats = new HashSet<int> { 14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47 };
        using var xml = Part(StylesPart, required: false);
        var inXfs = false;
        var index = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inXfs = false;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numFmt" when int.TryParse(xml.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id) && IsDateFormat(xml.GetAttribute("formatCode")):
                    dateFormats.Add(id);
                    break;
                case "cellXfs":
                    inXfs = !xml.IsEmptyElement;
                    break;
                case "xf" when inXfs:
                    if (int.TryParse(xml.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var format) && dateFormats.Contains(format))
                    {
                        _dateStyles.Add(index);
                    }

                    index++;
                    break;
            }
        }

        return true;
    });

    private static bool IsDateFormat(string? code)
    {
        if (code is null)
        {
            return false;
        }

        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case '[': bracket = true; break;
                case ']': bracket = false; break;
                case 'd' or 'm' or 'y' or 'h' or 's' or 'D' or 'M' or 'Y' or 'H' or 'S' when !quoted && !bracket: return true;
            }
        }

        return false;
    }

    private void ReadSharedStrings() => Parse(SharedStringsPart, () =>
    {
        _hasSharedStrings = _entries.ContainsKey(SharedStringsPart);
        using var xml = Part(SharedStringsPart, required: false);
        var text = new StringBuilder();
        var inItem = false;
        var inPhonetic = false;
        xml.Read();
        while (!xml.EOF)
        {
            // ReadElementContentAsString leaves the reader on the next node, so it is not advanced again.
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && inItem && !inPhonetic)
            {
                text.Append(xml.ReadElementContentAsString());
                continue;
            }

            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "si" when xml.IsEmptyElement:
                        AddSharedString("");
                        break;
                    case "si":
                        inItem = true;
                        text.Clear();
                        break;
                    case "rPh":
                        inPhonetic = !xml.IsEmptyElement;
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (xml.LocalName == "si" && inItem)
                {
                    inItem = false;
                    AddSharedString(text.ToString());
                }
                else if (xml.LocalName == "rPh")
                {
                    inPhonetic = false;
                }
            }

            xml.Read();
        }

        return true;
    });

    private void AddSharedString(string text)
    {
        if (_sharedStrings.Count >= _limits.MaxSharedStrings)
        {
            throw new XlsxRejectedException(new($"Tệp có hơn {_limits.MaxSharedStrings:N0} chuỗi dùng chung.", $"The file has more than {_limits.MaxSharedStrings:N0} shared strings."));
        }

        _sharedStrings.Add(text);
    }

    /// <summary>"A" for 1, "XFD" for 16,384.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Reads "B12" into column 2 and row 12; false for anything else or beyond XFD1048576.</summary>
    internal static bool TryParseReference(string reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn)
            {
                return false;
            }

            i++;
        }

        if (i == 0 || i == reference.Length)
        {
            return false;
        }

        for (; i < reference.Length; i++)
        {
            if (!char.IsAsciiDigit(reference[i]))
            {
                return false;
            }

            row = (row * 10) + (reference[i] - '0');
            if (row > MaxRow)
            {
                return false;
            }
        }

        return row > 0;
    }
}

/// <summary>Counts the bytes of a part as it inflates and refuses it past its bound, whatever its header claims.</summary>
internal sealed class LimitedStream(Stream inner, long limit, string part) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        _read += n;
        if (_read > limit)
        {
            throw new XlsxRejectedException(new($"Phần \"{part}\" giải nén lớn hơn kích thước khai báo hoặc giới hạn ({limit:N0} byte).",
                $"The part \"{part}\" inflates beyond its declared size or the limit ({limit:N0} bytes)."));
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
