using System.Globalization;
using System.Xml;

namespace TheoDoi.Imports;

/// <summary>The styles part: which cell styles show a date, so a number in such a cell is read as a date.</summary>
public sealed partial class XlsxReader
{
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
}
