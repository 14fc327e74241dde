using System.Globalization;
using System.Text;
using System.Xml;
using TheoDoi.Core.Texts;

namespace TheoDoi.Imports;

/// <summary>Streaming the rows of one sheet: only cells present, each typed, every defect named by cell.</summary>
public sealed partial class XlsxReader
{
    /// <summary>The rows of <paramref name="sheet"/> in file order, read lazily; the reader must stay open while enumerating.</summary>
    public IEnumerable<XlsxRow> Rows(string sheet, CancellationToken cancellationToken = default)
    {
        if (!_sheetParts.TryGetValue(sheet, out var part))
        {
            throw new XlsxRejectedException(new($"Không có trang tính \"{sheet}\".", $"There is no sheet \"{sheet}\"."));
        }

        using var cursor = Parse(part, () => new RowCursor(this, sheet, Part(part)));
        while (Parse(part, () => cursor.Next(cancellationToken)) is { } row)
        {
            yield return row;
        }
    }

    /// <summary>All rows of a sheet at once (workbooks within <see cref="XlsxLimits.Workbook"/> are small).</summary>
    public List<XlsxRow> ReadAll(string sheet, CancellationToken cancellationToken = default) => Rows(sheet, cancellationToken).ToList();

    private sealed class RowCursor(XlsxReader owner, string sheet, XmlReader xml) : IDisposable
    {
        private int _lastRow;

        public XlsxRow? Next(CancellationToken cancellationToken)
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
                {
                    return ReadRow(cancellationToken);
                }
            }

            return null;
        }

        private XlsxRow ReadRow(CancellationToken cancellationToken)
        {
            var number = _lastRow + 1;
            if (xml.GetAttribute("r") is { } r)
            {
                if (!int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > MaxRow)
                {
                    throw Fail(new($"số dòng \"{Clip(r)}\" không hợp lệ (1 đến {MaxRow:N0}).", $"the row number \"{Clip(r)}\" is not valid (1 to {MaxRow:N0})."), null);
                }

                if (number <= _lastRow)
                {
                    throw Fail(new($"dòng {number} xuất hiện hai lần hoặc sai thứ tự.", $"row {number} appears twice or out of order."), null);
                }
            }

            _lastRow = number;
            var cells = new List<XlsxCell>();
            if (xml.IsEmptyElement)
            {
                return new XlsxRow(number, cells);
            }

            var lastColumn = 0;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "row"))
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c")
                {
                    continue;
                }

                if (++owner._cells > owner._limits.MaxCells)
                {
                    throw new XlsxRejectedException(new($"Tệp có hơn {owner._limits.MaxCells:N0} ô.", $"The file has more than {owner._limits.MaxCells:N0} cells."), sheet);
                }

                if ((owner._cells & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var column = lastColumn + 1;
                if (xml.GetAttribute("r") is { } reference)
                {
                    if (!TryParseReference(reference, out column, out var row))
                    {
                        throw Fail(new($"địa chỉ ô \"{Clip(reference)}\" không hợp lệ (từ A1 đến XFD1048576).", $"the cell reference \"{Clip(reference)}\" is not valid (A1 to XFD1048576)."), null);
                    }

                    if (row != number)
                    {
                        throw Fail(new($"ô {Clip(reference)} nằm trong dòng {number}.", $"the cell {Clip(reference)} lies inside row {number}."), null);
                    }
                }

                if (column > MaxColumn)
                {
                    throw Fail(new($"dòng {number} có quá {MaxColumn:N0} cột.", $"row {number} has more than {MaxColumn:N0} columns."), null);
                }

                var at = ColumnName(column) + number.ToString(CultureInfo.InvariantCulture);
                if (column <= lastColumn)
                {
                    throw Fail(new("ô xuất hiện hai lần hoặc sai thứ tự.", "the cell appears twice or out of order."), at);
                }

                lastColumn = column;
                cells.Add(new XlsxCell(column, ReadCell(at)));
            }

            return new XlsxRow(number, cells);
        }

        private object? ReadCell(string at)
        {
            var type = xml.GetAttribute("t") ?? "n";
            var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            string? value = null, formula = null;
            var inline = new StringBuilder();
            if (!xml.IsEmptyElement)
            {
                // ReadElementContentAsString leaves the reader on the next node, so only other nodes advance it.
                var depth = xml.Depth;
                xml.Read();
                while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
                {
                    switch (xml.NodeType, xml.LocalName)
                    {
                        case (XmlNodeType.Element, "v"): value = xml.ReadElementContentAsString(); break;
                        case (XmlNodeType.Element, "f"): formula = xml.ReadElementContentAsString(); break;
                        case (XmlNodeType.Element, "t"): inline.Append(xml.ReadElementContentAsString()); break;
                        default: xml.Read(); break;
                    }
                }
            }

            if (value is null && type != "inlineStr")
            {
                return formula is not null ? new XlsxFormula(formula) : null;
            }

            switch (type)
            {
                case "s":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        throw Fail(new($"chỉ số chuỗi dùng chung \"{Clip(value!)}\" không phải là số.", $"the shared-string index \"{Clip(value!)}\" is not a number."), at);
                    }

                    if (!owner._hasSharedStrings)
                    {
                        throw Fail(new($"ô dùng chuỗi dùng chung số {index} nhưng tệp thiếu phần {owner.SharedStringsPart}.", $"the cell uses shared string {index} but the file has no {owner.SharedStringsPart} part."), at);
                    }

                    return index < owner._sharedStrings.Count
                        ? owner._sharedStrings[index]
                        : throw Fail(new($"ô dùng chuỗi dùng chung số {index} nhưng tệp chỉ có {owner._sharedStrings.Count}.", $"the cell uses shared string {index} but the file has only {owner._sharedStrings.Count}."), at);
                case "inlineStr":
                    return inline.ToString();
                case "str":
                    return value;
                case "b":
                    return value is "1" or "true" ? true : value is "0" or "false" ? false : throw Fail(new($"giá trị logic \"{Clip(value!)}\" không hợp lệ.", $"the boolean \"{Clip(value!)}\" is not valid."), at);
                case "e":
                    return new XlsxError(value!);
                case "d":
                    return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date)
                        ? date
                        : throw Fail(new($"ngày \"{Clip(value!)}\" không hợp lệ.", $"the date \"{Clip(value!)}\" is not valid."), at);
                case "n":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        throw Fail(new($"giá trị số \"{Clip(value!)}\" không hợp lệ.", $"the numeric value \"{Clip(value!)}\" is not valid."), at);
                    }

                    return owner._dateStyles.Contains(style) && number is >= 0 and < 2958466 ? DateTime.FromOADate(number) : number;
                default:
                    throw Fail(new($"kiểu ô \"{Clip(type)}\" không hợp lệ.", $"the cell type \"{Clip(type)}\" is not valid."), at);
            }
        }

        private XlsxRejectedException Fail(Bilingual reason, string? cell) => new(reason, sheet, cell);

        public void Dispose() => xml.Dispose();
    }

    private static string Clip(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
