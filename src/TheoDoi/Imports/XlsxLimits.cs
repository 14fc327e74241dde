using TheoDoi.Core.Texts;

namespace TheoDoi.Imports;

/// <summary>
/// Bounds for reading an uploaded workbook, checked before (and while) its parts are parsed, so a
/// small file that inflates to gigabytes or declares a million columns costs almost nothing.
/// </summary>
public sealed record XlsxLimits(
    long MaxFileBytes,
    int MaxEntries,
    long MaxPartBytes,
    long MaxTotalBytes,
    int MaxRatio,
    int MaxCells,
    int MaxSharedStrings)
{
    /// <summary>Observation workbooks: one row per sample, tens of columns, up to a few hundred thousand rows.</summary>
    public static readonly XlsxLimits Observations = new(64L << 20, 500, 256L << 20, 512L << 20, 200, 4_000_000, 2_000_000);

    /// <summary>Indicator templates and registry workbooks: a few sheets of a few hundred rows.</summary>
    public static readonly XlsxLimits Workbook = new(8L << 20, 200, 32L << 20, 64L << 20, 200, 200_000, 200_000);

    /// <summary>Entries smaller than this are not held to <see cref="MaxRatio"/> (tiny XML parts compress very well).</summary>
    public const long RatioFloor = 1L << 20;
}

/// <summary>Why a workbook was refused, with the part, sheet and cell where there is one.</summary>
public sealed class XlsxRejectedException(Bilingual reason, string? sheet = null, string? cell = null) : Exception(reason.En)
{
    public Bilingual Reason { get; } = reason;

    public string? Sheet { get; } = sheet;

    public string? Cell { get; } = cell;

    /// <summary>The reason with where it was found, in both languages.</summary>
    public Bilingual Located => (Sheet, Cell) switch
    {
        (null, _) => Reason,
        ({ } s, null) => new($"Trang tính {s}: {Reason.Vi}", $"sheet {s}: {Reason.En}"),
        ({ } s, { } c) => new($"Trang tính {s}, ô {c}: {Reason.Vi}", $"sheet {s}, cell {c}: {Reason.En}"),
    };
}

/// <summary>A formula cell whose file carries no computed value (saved by a program that does not calculate).</summary>
public sealed record XlsxFormula(string Formula);

/// <summary>An error value (#DIV/0!, #N/A…) left in a cell.</summary>
public sealed record XlsxError(string Code);

/// <summary>One cell present in the file; <see cref="Value"/> is a string, double, bool, DateTime, <see cref="XlsxFormula"/> or <see cref="XlsxError"/>.</summary>
public readonly record struct XlsxCell(int Column, object? Value);

/// <summary>A row as present in the file: its 1-based number and only the cells it holds (never one per column).</summary>
public sealed record XlsxRow(int Number, IReadOnlyList<XlsxCell> Cells)
{
    /// <summary>The cells by column letter ("A", "B"…).</summary>
    public Dictionary<string, object?> ByLetter()
    {
        var map = new Dictionary<string, object?>(Cells.Count, StringComparer.Ordinal);
        foreach (var cell in Cells)
        {
            map[XlsxReader.ColumnName(cell.Column)] = cell.Value;
        }

        return map;
    }

    public bool IsBlank => Cells.All(c => c.Value is null || (c.Value is string s && string.IsNullOrWhiteSpace(s)));
}
