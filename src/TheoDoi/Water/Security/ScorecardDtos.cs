namespace TheoDoi.Water.Security;

/// <summary>The scorecard as the API and the page show it (docs/water-security-scorecard.md).</summary>
public sealed record ScorecardDto(int Year, ScorecardDto.AreaDto Basin, IReadOnlyList<ScorecardDto.AreaDto> SubBasins, IReadOnlyList<ScorecardDto.HistoryYearDto> History)
{
    /// <summary>The basin or a sub-basin with its five dimensions.</summary>
    public sealed record AreaDto(string Code, string Name, IReadOnlyList<DimensionDto> Dimensions);

    /// <param name="Status">good, watch, poor or not-assessed.</param>
    /// <param name="Reason">The inputs and the arithmetic that gave the status.</param>
    public sealed record DimensionDto(string Code, string Name, string Status, string StatusName, string Reason, IReadOnlyList<InputDto> Inputs);

    /// <param name="Kind">station or licence.</param>
    /// <param name="Value">The input's value and its arithmetic, or why it could not be computed.</param>
    /// <param name="Concern">It counts as "of concern" in its dimension.</param>
    /// <param name="Href">Its page: the station page or the licence's detail.</param>
    public sealed record InputDto(string Kind, string Code, string Name, string Value, bool Concern, bool Assessed, string Href);

    public sealed record HistoryYearDto(int Year, IReadOnlyList<HistoryDimensionDto> Dimensions);

    public sealed record HistoryDimensionDto(string Code, string Status);
}
