using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TheoDoi.Core.Texts;

namespace TheoDoi.Reporting;

/// <summary>
/// A workbook a ministry clerk can print as it is: per sheet a title row (with the plan's number and
/// the year), an optional red banner, bold wrapped headers, set column widths, wrapped text, numbers
/// as numbers, dates as dd/mm/yyyy and shares as percentages. Data starts on row 4.
/// </summary>
public sealed class XlsxBook : IDisposable
{
    public enum Kind
    {
        Text,
        Number,
        Percent,
        Date,
    }

    public sealed record Column(string Header, double Width, Kind Kind = Kind.Text);

    public const int HeaderRow = 3;

    // Cell formats in the style sheet below, in this order.
    private const uint Title = 1, Header = 2, Wrapped = 3, Number = 4, Percent = 5, Date = 6, Banner = 7;

    private readonly SpreadsheetDocument _document;
    private readonly Sheets _sheets;
    private readonly SharedStringTablePart _strings;
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);

    public XlsxBook(Stream output, string title, string author, DateTime created)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        _document.PackageProperties.Title = title;
        _document.PackageProperties.Creator = author;
        _document.PackageProperties.Created = created;
        _document.PackageProperties.Language = "vi-VN";
        var workbook = _document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        _sheets = workbook.Workbook.AppendChild(new Sheets());
        _strings = workbook.AddNewPart<SharedStringTablePart>();
        _strings.SharedStringTable = new SharedStringTable();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
    }

    public void AddSheet(string name, string title, string? banner, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows)
    {
        var part = _document.WorkbookPart!.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var widths = new Columns(columns.Select((c, i) => new DocumentFormat.OpenXml.Spreadsheet.Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = c.Width,
            CustomWidth = true,
        }));
        data.Append(RowOf(1, [Cell(1, 1, title, Title)], height: 22));
        data.Append(RowOf(2, banner is null ? [] : [Cell(1, 2, banner, Banner)]));
        data.Append(RowOf(HeaderRow, columns.Select((c, i) => Cell(i + 1, HeaderRow, c.Header, Header)).ToArray(), height: 32));
        var r = HeaderRow;
        foreach (var values in rows)
        {
            r++;
            var row = r;
            data.Append(RowOf((uint)row, columns.Select((c, i) => i < values.Length && values[i] is { } v ? Cell(i + 1, row, v, c.Kind) : null).OfType<Cell>().ToArray()));
        }

        var last = ColumnName(columns.Count);
        part.Worksheet = new Worksheet(widths, data,
            new MergeCells(new MergeCell { Reference = $"A1:{last}1" }, new MergeCell { Reference = $"A2:{last}2" }),
            new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        part.Worksheet.InsertAt(new SheetProperties(new PageSetupProperties { FitToPage = true }), 0);
        _sheets.Append(new Sheet { Id = _document.WorkbookPart.GetIdOfPart(part), SheetId = (uint)(_sheets.Count() + 1), Name = name });
    }

    private static Row RowOf(uint index, Cell[] cells, double? height = null)
    {
        var row = new Row(cells) { RowIndex = index };
        if (height is { } h)
        {
            (row.Height, row.CustomHeight) = (h, true);
        }

        return row;
    }

    private Cell Cell(int column, int row, object value, Kind kind) => value switch
    {
        DateTime date => Cell(column, row, date.ToOADate(), Date),
        DateOnly day => Cell(column, row, day.ToDateTime(TimeOnly.MinValue).ToOADate(), Date),
        decimal number => Cell(column, row, (double)number, kind == Kind.Percent ? Percent : Number),
        double number => Cell(column, row, number, kind == Kind.Percent ? Percent : Number),
        int number => Cell(column, row, (double)number, Number),
        // Text from units and users could start a formula in Excel (OWASP CSV injection): neutralised.
        _ => Cell(column, row, SpreadsheetText.Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture)) ?? "", Wrapped),
    };

    private static Cell Cell(int column, int row, double value, uint style) => new()
    {
        CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.Number,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private Cell Cell(int column, int row, string text, uint style)
    {
        if (!_stringIndex.TryGetValue(text, out var index))
        {
            index = _stringIndex.Count;
            _stringIndex[text] = index;
            _strings.SharedStringTable.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return new Cell
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.SharedString,
            CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture)),
            StyleIndex = style,
        };
    }

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles()
    {
        static Font Font(double size, bool bold = false, string? color = null)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            if (color is not null)
            {
                font.Append(new Color { Rgb = color });
            }

            font.Append(new FontSize { Val = size }, new FontName { Val = DocxBuilder.Font });
            return font;
        }

        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        static CellFormat Format(uint font, uint border, uint numberFormat = 0, uint fill = 0, bool wrap = false, HorizontalAlignmentValues? horizontal = null) =>
            new(new Alignment { WrapText = wrap, Vertical = VerticalAlignmentValues.Top, Horizontal = horizontal })
            {
                FontId = font,
                BorderId = border,
                NumberFormatId = numberFormat,
                FillId = fill,
                ApplyFont = true,
                ApplyBorder = border > 0,
                ApplyNumberFormat = numberFormat > 0,
                ApplyFill = fill > 0,
                ApplyAlignment = true,
            };

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" },
                new NumberingFormat { NumberFormatId = 166, FormatCode = "#,##0.##;-#,##0.##;0" })
            { Count = 3 },
            new Fonts(Font(12), Font(14, bold: true), Font(12, bold: true), Font(12, bold: true, color: "FFC00000")) { Count = 4 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border(), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                Format(0, 0),
                Format(1, 0, horizontal: HorizontalAlignmentValues.Center),
                Format(2, 1, fill: 2, wrap: true, horizontal: HorizontalAlignmentValues.Center),
                Format(0, 1, wrap: true),
                Format(0, 1, numberFormat: 166, horizontal: HorizontalAlignmentValues.Right),
                Format(0, 1, numberFormat: 165, horizontal: HorizontalAlignmentValues.Right),
                Format(0, 1, numberFormat: 164, horizontal: HorizontalAlignmentValues.Center),
                Format(3, 0, horizontal: HorizontalAlignmentValues.Center))
            { Count = 8 });
    }

    public void Dispose()
    {
        _document.WorkbookPart!.Workbook.Save();
        _document.Dispose();
    }
}
