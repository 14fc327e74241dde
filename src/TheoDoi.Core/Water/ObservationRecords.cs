using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>One measured value at a station and time, as read from the canonical exchange file.</summary>
/// <param name="Value">The value as written, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit as written (trimmed).</param>
/// <param name="CanonicalValue"><paramref name="Value"/> converted to the parameter's canonical unit.</param>
public sealed record Observation(
    string Station,
    DateTimeOffset Time,
    string Parameter,
    decimal Value,
    string Unit,
    Qualifier Qualifier,
    decimal CanonicalValue,
    string CanonicalUnit)
{
    /// <summary>The observation as VN_WQI and QCVN 08 take it: canonical code, canonical unit.</summary>
    public Measurement ToMeasurement() => new(Parameter, CanonicalValue, Qualifier);
}

/// <summary>
/// A rejected part of an input file. Rows count records with the header as row 1. The reason is
/// written in both languages at every site, so a Vietnamese clerk never reads an English refusal:
/// pages show <c>Reason.Pick()</c>, logs, the CLI and error files <c>Reason.En</c>.
/// </summary>
/// <param name="Column">The column's header name as written in the file, or null when the whole record is at fault.</param>
public sealed record CsvError(int Row, string? Column, Bilingual Reason)
{
    /// <summary>English, for logs and the command line.</summary>
    public override string ToString() =>
        Column is null ? $"row {Row}: {Reason.En}" : $"row {Row}, column {Column}: {Reason.En}";
}

/// <summary>
/// One data record of the exchange file: either an <see cref="Observation"/> or its errors (all of
/// them, not only the first). <see cref="Station"/> and <see cref="Time"/> are filled whenever those
/// two fields were valid, also on a rejected row, so a caller can tell which sample the row belonged to.
/// </summary>
/// <param name="Row">Record number, header = 1; blank records count, so it matches a spreadsheet's row number.</param>
/// <param name="Line">Physical line the record starts on (differs from Row after quoted line breaks).</param>
public sealed record ObservationRow(int Row, int Line, Observation? Observation, IReadOnlyList<CsvError> Errors, string? Station, DateTimeOffset? Time)
{
    public bool IsValid => Observation is not null;
}
