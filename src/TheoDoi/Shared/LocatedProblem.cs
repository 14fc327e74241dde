using System.Text.Json.Serialization;
using TheoDoi.Core.Texts;

namespace TheoDoi.Shared;

/// <summary>
/// A refusal reason that says where it applies, so the user can find the thing to fix: an item of a
/// batch (<see cref="ItemProblem"/>), a cell of an uploaded workbook (<see cref="CellProblem"/>) or a
/// row and column of an uploaded CSV file (<see cref="RowProblem"/>).
/// A refused batch carries them in <see cref="UseCaseResult.Problems"/>; the API lists them as they are.
/// </summary>
public abstract record LocatedProblem(string Vi, string En)
{
    /// <summary>The reason alone, in the reader's language (the API's <c>reason</c>).</summary>
    public string Reason => Why().Pick();

    /// <summary>The reason alone, in both languages.</summary>
    public Bilingual Why() => new(Vi, En);

    /// <summary>The reason with where it applies, as a sentence for a page or a problem's detail.</summary>
    public abstract Bilingual Located();
}

/// <summary>A problem with one item of a batch (by index; -1 for the batch itself) and one field.</summary>
public sealed record ItemProblem(int Index, string Field, string Vi, string En) : LocatedProblem(Vi, En)
{
    public override Bilingual Located() =>
        Index >= 0 ? new($"items[{Index}].{Field}: {Vi}", $"items[{Index}].{Field}: {En}") : Why();
}

/// <summary>A problem in an uploaded workbook: sheet, row and column as a spreadsheet shows them (row 0: the sheet or file).</summary>
public sealed record CellProblem(string Sheet, int Row, string Column, string Header, string Vi, string En) : LocatedProblem(Vi, En)
{
    public string Text => Row > 0 ? $"Trang tính {Sheet}, dòng {Row}, cột {Column} ({Header}): {Vi}" : $"Trang tính {Sheet}: {Vi}";

    public string TextEn => Row > 0 ? $"sheet {Sheet}, row {Row}, column {Column} ({Header}): {En}" : $"sheet {Sheet}: {En}";

    [JsonIgnore]
    public Bilingual Location => new(Text, TextEn);

    public override Bilingual Located() => Location;
}

/// <summary>A problem in an uploaded CSV file: its line (1 = the header) and column name, when one applies.</summary>
public sealed record RowProblem(int Row, string? Column, string Vi, string En) : LocatedProblem(Vi, En)
{
    public static RowProblem From(Core.Water.CsvError error) => new(error.Row, error.Column, error.Reason.Vi, error.Reason.En);

    public override Bilingual Located() => Column is null
        ? new($"dòng {Row}: {Vi}", $"row {Row}: {En}")
        : new($"dòng {Row}, cột {Column}: {Vi}", $"row {Row}, column {Column}: {En}");
}
