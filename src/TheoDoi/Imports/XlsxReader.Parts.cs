using System.Globalization;
using System.Text;
using System.Xml;

namespace TheoDoi.Imports;

/// <summary>
/// The workbook part (the sheet list and where each sheet is stored) and cell references; the other parts
/// have their own files: styles (XlsxReader.Styles.cs), shared strings (XlsxReader.SharedStrings.cs),
/// rows (XlsxReader.Rows.cs), and the inflated-size bound on every part (LimitedStream.cs).
/// </summary>
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
