using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace TheoDoi.Tests.Hardening;

/// <summary>
/// A small, exact XLSX package written by hand (workbook, relationships, styles, shared strings, one
/// part per sheet, cells with explicit references), so every mutation of the fuzz test knows which
/// part and which cell it changes — MiniExcel's output would move under a library update.
/// </summary>
internal static class FuzzWorkbook
{
    /// <summary>A sheet: its name and its rows (row 1 the header); a string becomes a shared string, a number a numeric cell, a <see cref="Formula"/> a formula without value, null no cell.</summary>
    public sealed record Sheet(string Name, IReadOnlyList<object?[]> Rows);

    /// <summary>A formula cell saved without its computed value, as a program that does not calculate writes it.</summary>
    public sealed record Formula(string Text);

    public static byte[] Build(params Sheet[] sheets)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var parts = new List<string>();
            for (var s = 0; s < sheets.Length; s++)
            {
                parts.Add(SheetXml(sheets[s], strings, index));
            }

            Write(zip, "[Content_Types].xml", ContentTypes(sheets.Length));
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Write(zip, "xl/workbook.xml", WorkbookXml(sheets));
            Write(zip, "xl/_rels/workbook.xml.rels", RelationsXml(sheets.Length));
            Write(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>""");
            Write(zip, "xl/sharedStrings.xml", SharedStringsXml(strings));
            for (var s = 0; s < parts.Count; s++)
            {
                Write(zip, $"xl/worksheets/sheet{s + 1}.xml", parts[s]);
            }
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static string SheetXml(Sheet sheet, List<string> strings, Dictionary<string, int> index)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < sheet.Rows[r].Length; c++)
            {
                var at = ColumnName(c + 1) + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (sheet.Rows[r][c])
                {
                    case null:
                        break;
                    case string text:
                        if (!index.TryGetValue(text, out var i))
                        {
                            index[text] = i = strings.Count;
                            strings.Add(text);
                        }

                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{at}\" t=\"s\"><v>{i}</v></c>");
                        break;
                    case Formula formula:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{at}\"><f>{SecurityElement.Escape(formula.Text)}</f></c>");
                        break;
                    case IFormattable number:
                        xml.Append(CultureInfo.InvariantCulture, $"<c r=\"{at}\"><v>{number.ToString(null, CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    default:
                        throw new ArgumentException("a cell is text, a number or null", nameof(sheet));
                }
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static string ContentTypes(int sheets)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        for (var s = 1; s <= sheets; s++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{s}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        return xml.Append("</Types>").ToString();
    }

    private static string WorkbookXml(Sheet[] sheets)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        for (var s = 0; s < sheets.Length; s++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{SecurityElement.Escape(sheets[s].Name)}\" sheetId=\"{s + 1}\" r:id=\"rId{s + 1}\"/>");
        }

        return xml.Append("</sheets></workbook>").ToString();
    }

    private static string RelationsXml(int sheets)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var s = 1; s <= sheets; s++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{s}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{s}.xml"/>""");
        }

        xml.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{sheets + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""");
        xml.Append(CultureInfo.InvariantCulture, $"""<Relationship Id="rId{sheets + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""");
        return xml.Append("</Relationships>").ToString();
    }

    private static string SharedStringsXml(List<string> strings)
    {
        var xml = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{strings.Count}" uniqueCount="{strings.Count}">""");
        foreach (var text in strings)
        {
            xml.Append("<si><t>").Append(SecurityElement.Escape(text)).Append("</t></si>");
        }

        return xml.Append("</sst>").ToString();
    }

    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
