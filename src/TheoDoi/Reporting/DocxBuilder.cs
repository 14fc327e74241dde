using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TheoDoi.Reporting;

/// <summary>
/// Small helpers over the Open XML SDK for administrative documents: A4, Times New Roman, sizes in
/// points, paragraphs with the decree's alignment, indents and short rule lines.
/// </summary>
public sealed class DocxBuilder : IDisposable
{
    public const string Font = "Times New Roman";
    private readonly WordprocessingDocument _document;

    public DocxBuilder(Stream output)
    {
        _document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "312", LineRule = LineSpacingRuleValues.Auto }))));
        Body = main.Document.Body!;
        Main = main;
    }

    public Body Body { get; }
    public MainDocumentPart Main { get; }

    public sealed record TextStyle(double Size = 14, bool Bold = false, bool Italic = false, JustificationValues? Align = null, bool Indent = false, int After = 6, int Before = 0, bool KeepNext = false, string? Color = null);

    public static TextStyle Centered(double size, bool bold = false, bool italic = false, int after = 0) => new(size, bold, italic, JustificationValues.Center, After: after);

    public static Paragraph Para(string text, TextStyle style)
    {
        var properties = new ParagraphProperties();
        if (style.KeepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new SpacingBetweenLines { Before = (style.Before * 20).ToString(System.Globalization.CultureInfo.InvariantCulture), After = (style.After * 20).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (style.Indent)
        {
            properties.Append(new Indentation { FirstLine = "720" }); // 1.27 cm
        }

        properties.Append(new Justification { Val = style.Align ?? JustificationValues.Both });
        var paragraph = new Paragraph(properties);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run(RunProps(style));
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>A short centred rule, as the decree draws under the issuing body, motto and subject.</summary>
    public static Paragraph Rule(int indentTwips) =>
        new(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "120", Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indentTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Right = indentTwips.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static RunProperties RunProps(TextStyle style)
    {
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.Append(new Bold());
        }

        if (style.Italic)
        {
            properties.Append(new Italic());
        }

        if (style.Color is { } color)
        {
            properties.Append(new Color { Val = color });
        }

        properties.Append(new FontSize { Val = ((int)Math.Round(style.Size * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return properties;
    }

    /// <summary>
    /// <see cref="Layout"/> reaching <paramref name="outdent"/> twentieths of a point into the left
    /// margin, for a heading whose issuing body must stay on one line.
    /// </summary>
    public static Table WideLayout(int[] widths, int outdent, params OpenXmlElement[][] columns)
    {
        var table = Layout(widths, columns);
        table.GetFirstChild<TableProperties>()!.Append(new TableIndentation { Width = -outdent, Type = TableWidthUnitValues.Dxa });
        return table;
    }

    /// <summary>A table without borders for the two-column heading and the signature block.</summary>
    public static Table Layout(int[] widths, params OpenXmlElement[][] columns)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var row = new TableRow();
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            cell.Append(columns[i].Length == 0 ? [new Paragraph()] : columns[i]);
            row.Append(cell);
        }

        table.Append(row);
        return table;
    }

    /// <summary>
    /// A data table with single borders and a bold header row; <paramref name="align"/> gives each
    /// column's alignment (numbers right-aligned, as tables of figures are printed).
    /// </summary>
    public static Table Grid(int[] widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, double size = 12, IReadOnlyList<JustificationValues>? align = null)
    {
        static BorderType Line<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "000000" };
        var table = new Table(new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(Line<TopBorder>(), Line<BottomBorder>(), Line<LeftBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>())));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(widths, header, _ => new TextStyle(size, Bold: true, Align: JustificationValues.Center, After: 0), repeat: true));
        foreach (var row in rows)
        {
            table.Append(Row(widths, row, i => new TextStyle(size, Align: align is not null && i < align.Count ? align[i] : JustificationValues.Left, After: 0), repeat: false));
        }

        return table;
    }

    private static TableRow Row(int[] widths, IReadOnlyList<string> cells, Func<int, TextStyle> style, bool repeat)
    {
        var row = new TableRow();
        if (repeat)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                Para(cells[i], style(i))));
        }

        return row;
    }

    /// <summary>
    /// A4 portrait with the decree's margins (top/bottom 20 mm, left 30 mm, right 15 mm); page numbers
    /// centred at the top from page 2; an optional mark (e.g. "DỰ THẢO") on every page.
    /// </summary>
    public void Finish(string? mark)
    {
        var numbers = Main.AddNewPart<HeaderPart>();
        var pageNumber = Para("", Centered(13));
        pageNumber.Append(new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " });
        numbers.Header = new Header(pageNumber);
        if (mark is not null)
        {
            numbers.Header.Append(Para(mark, new TextStyle(14, Bold: true, Align: JustificationValues.Right, After: 0, Color: "C00000")));
        }

        var first = Main.AddNewPart<HeaderPart>();
        first.Header = new Header(mark is null ? new Paragraph() : Para(mark, new TextStyle(14, Bold: true, Align: JustificationValues.Right, After: 0, Color: "C00000")));
        Body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = Main.GetIdOfPart(numbers) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = Main.GetIdOfPart(first) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage()));
        Main.Document.Save();
    }

    /// <summary>The document's properties (File → Properties): title, the issuing unit as author, the date.</summary>
    public void Describe(string title, string author, DateTime created)
    {
        _document.PackageProperties.Title = title;
        _document.PackageProperties.Creator = author;
        _document.PackageProperties.LastModifiedBy = author;
        _document.PackageProperties.Created = created;
        _document.PackageProperties.Modified = created;
        _document.PackageProperties.Language = "vi-VN";
    }

    public void Dispose() => _document.Dispose();
}
