using System.Text;
using System.Xml;

namespace TheoDoi.Imports;

/// <summary>The shared strings part: the texts cells refer to by index, within the reader's bounds.</summary>
public sealed partial class XlsxReader
{
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
}
