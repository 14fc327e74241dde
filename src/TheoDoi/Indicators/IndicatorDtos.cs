using TheoDoi.Core.Indicators;

namespace TheoDoi.Indicators;

/// <summary>The JSON shapes of the indicator API (internal and public alike).</summary>
public static class IndicatorDtos
{
    public sealed record TargetDto(int Year, decimal Value, bool IsPlanTarget, string? Source);

    public sealed record BaselineDto(int? Year, decimal? Value, string? Source);

    public sealed record InputDto(string Unit, string Name, DateOnly? ValidFrom, DateOnly? ValidTo, decimal? Value, decimal? Numerator, decimal? Denominator, ValueState? State, string? Reason);

    public sealed record CellDto(
        int Year, double? Value, double? Numerator, double? Denominator, bool Aggregated, bool Provisional, bool Demo, bool Flagged,
        ValueState? State, string? Source, string? Comment, string? QualityFlag, IReadOnlyList<InputDto> Used, IReadOnlyList<InputDto> Missing, string? Note);

    public sealed record RowDto(string Key, RowKind Kind, string Name, string? NameEn, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<CellDto> Cells);

    public sealed record ValuesDto(string Code, UnitView By, bool IncludeLongAn, IReadOnlyList<int> Years, IReadOnlyList<RowDto> Rows);

    public sealed record LatestDto(int Year, double Value, bool Provisional, bool Demo, int InputsUsed, int InputsMissing);

    public sealed record StatusDto(PaceStatus Linear, CagrStatus Cagr, string LinearVi, string CagrVi);

    public sealed record UnitStatusDto(string Unit, string Name, LatestDto? Latest, StatusDto? Status, double? Projection2030);

    public sealed record IndicatorDto(
        string Code, string Name, string? NameEn, string Unit, IndicatorDirection Direction, string? Sdg, int Version,
        BaselineDto Baseline, IReadOnlyList<TargetDto> Targets, LatestDto? Latest, StatusDto? Status, double? Projection,
        IReadOnlyList<UnitStatusDto> Units);

    /// <param name="ServedBy">The plan's tasks serving the indicator (signed-in readers; null on the public API, which shows no tasks).</param>
    public sealed record IndicatorDetailDto(
        IndicatorDto Indicator, IndicatorDefinition Definition, string? MethodNote, string? MethodNoteEn, string? Source, string? RegistrySource,
        IReadOnlyList<Tasks.TaskDtos.ServedByDto>? ServedBy = null);

    public sealed record LinearDto(PaceStatus Status, double? ExpectedValue, double? Gap, bool HoldsTarget, double OnTrackTolerance, double FarBehindGap, string ExplanationVi, string ExplanationEn);

    public sealed record CagrDto(
        CagrStatus Status, CagrMethod Method, CagrFallbackReason? FallbackReason, double? ObservedCagr, double? RequiredCagr,
        double? ObservedChangePerYear, double? RequiredChangePerYear, double? Ratio, string ExplanationVi, string ExplanationEn);

    public sealed record PointDto(int Year, double Value);

    public sealed record ProjectionDto(int Year, double Value, double UnclampedValue, bool Clamped, double Slope, double Intercept, IReadOnlyList<PointDto> Points);

    public sealed record ProgressDto(
        string Code, string Unit, string Name, bool IncludeLongAn, PointDto? Baseline, bool BaselineIsOwn, PointDto? Target, CellDto? Latest,
        LinearDto? Linear, CagrDto? Cagr, ProjectionDto? Projection, IReadOnlyList<PointDto> Observations, string? Problem, string? ProblemEn);

    public static IndicatorDto ToDto(IndicatorBoard board, bool english = false)
    {
        var indicator = board.Indicator;
        var region = board.Progress(board.Region);
        return new IndicatorDto(
            indicator.Code, indicator.Name, indicator.NameEn, indicator.MeasureUnit, indicator.Direction, indicator.Sdg, indicator.Version,
            new BaselineDto(indicator.BaselineYear, indicator.BaselineValue, indicator.BaselineSource),
            indicator.Targets.OrderBy(t => t.Year).Select(t => new TargetDto(t.Year, t.Value, t.IsPlanTarget, t.Source)).ToList(),
            Latest(region.LatestCell), Status(region), region.Projection?.Value,
            board.Rows.Where(r => r.Kind == RowKind.Unit).Select(r =>
            {
                var progress = board.Progress(r);
                return new UnitStatusDto(r.Key, r.DisplayLabel(english), Latest(progress.LatestCell), Status(progress), progress.Projection?.Value);
            }).ToList());
    }

    public static LatestDto? Latest(TableCell? cell) =>
        cell is { Value: { } value } ? new LatestDto(cell.Year, Round(value), cell.Provisional, cell.Demo, cell.Used.Count(), cell.Missing.Count()) : null;

    public static StatusDto? Status(RowProgress progress)
    {
        return progress is { Linear: { } linear, Cagr: { } cagr }
            ? new StatusDto(linear.Status, cagr.Status, linear.Status.ToVietnamese(), cagr.Status.ToVietnamese())
            : null;
    }

    public static ValuesDto ToValues(IndicatorBoard board, int? from = null, int? to = null)
    {
        bool InRange(int year) => (from is null || year >= from) && (to is null || year <= to);
        return new ValuesDto(board.Indicator.Code, board.View, board.IncludeLongAn, board.Years.Where(InRange).ToList(),
            board.Rows.Select(r => new RowDto(r.Key, r.Kind, r.Label, r.LabelEn, r.Unit?.ValidFrom, r.Unit?.ValidTo,
                r.Cells.Where(c => InRange(c.Year)).Select(Cell).ToList())).ToList());
    }

    public static CellDto Cell(TableCell cell)
    {
        var own = cell.Own;
        return new CellDto(cell.Year, cell.Value is { } v ? Round(v) : null, cell.Numerator, cell.Denominator, cell.Aggregated, cell.Provisional, cell.Demo, cell.Flagged,
            own?.State, own?.Source, own?.Comment, own?.QualityFlag,
            cell.Used.Select(Input).ToList(), cell.Missing.Select(Input).ToList(), cell.NoteVi);
    }

    private static InputDto Input(CellInput input) => new(
        input.Unit.Code, input.Unit.Name, input.Unit.ValidFrom, input.Unit.ValidTo,
        input.Value?.Value, input.Value?.Numerator, input.Value?.Denominator, input.Value?.State, input.ProblemVi);

    public static ProgressDto ToProgress(IndicatorBoard board, RowProgress progress)
    {
        return new ProgressDto(
            board.Indicator.Code, progress.Row.Key, progress.Row.Label, board.IncludeLongAn,
            progress.Baseline is { } b ? new PointDto(b.Year, b.Value) : null, progress.BaselineIsOwn,
            progress.Target is { } t ? new PointDto(t.Year, t.Value) : null,
            progress.LatestCell is { } latest ? Cell(latest) : null,
            progress.Linear is { } l ? new LinearDto(l.Status, l.ExpectedValue, l.Gap, l.HoldsTarget, l.Thresholds.OnTrackTolerance, l.Thresholds.FarBehindGap, l.ExplanationVi, l.ExplanationEn) : null,
            progress.Cagr is { } c ? new CagrDto(c.Status, c.Method, c.FallbackReason, c.ObservedCagr, c.RequiredCagr, c.ObservedChangePerYear, c.RequiredChangePerYear, c.Ratio, c.ExplanationVi, c.ExplanationEn) : null,
            progress.Projection is { } p ? new ProjectionDto(p.Year, p.Value, p.UnclampedValue, p.Clamped, p.Slope, p.Intercept, p.Points.Select(x => new PointDto(x.Year, x.Value)).ToList()) : null,
            progress.Row.Observations.Select(o => new PointDto(o.Year, Round(o.Value))).ToList(),
            progress.ProblemVi, progress.ProblemEn);
    }

    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
