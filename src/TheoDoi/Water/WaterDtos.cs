using TheoDoi.Core.Water;

namespace TheoDoi.Water;

public static class WaterDtos
{
    public sealed record UnitRef(string Code, string Name, DateOnly ValidFrom, DateOnly? ValidTo);

    public sealed record IndexDto(
        DateTimeOffset Time, string Resolution, int? Wqi, string? Band, string? BandEn, string? Colour, int? Formula,
        IReadOnlyList<string> Parameters, string? Note, bool BelowDetectionLimit, string? Standard, string? Level,
        IReadOnlyList<string> Deciding, string? QcvnNotes, bool Validated, string? NoteVi, string? QcvnNotesVi);

    public sealed record StationDto(
        string Code, string Name, StationKind Kind, decimal? Latitude, decimal? Longitude, string? WaterBody, string? Basin,
        IReadOnlyList<UnitRef> Provinces, string? TargetLevel, bool Weighted, bool IsDemo, IndexDto? Latest,
        StationType Type, string? Aquifer, string? Datum, decimal? Threshold, decimal? CapacityHm3);

    public sealed record ObservationDto(DateTimeOffset Time, string Parameter, double Value, string Unit, string Qualifier, QcState Qc);

    public sealed record AlertDto(long Id, string Station, DateTimeOffset Time, WaterAlertKind Kind, string Parameter, double Value, double? Limit, string Standard, string? Level, bool LimitUnconfirmed, bool Validated, DateTime CreatedAt);

    public sealed record ValidatedDto(int Changed);

    public sealed record ImportResultDto(int? BatchId, string Layout, long Rows, long Inserted, long Updated, long Unchanged, int Samples, int Alerts, int NewAlerts, double Seconds)
    {
        public static ImportResultDto From(WaterImportRun.Imported i) =>
            new(i.Stored.BatchId, i.Stored.Layout, i.Stored.Rows, i.Stored.Inserted, i.Stored.Updated, i.Stored.Unchanged,
                i.Computed.Samples, i.Computed.Alerts, i.Computed.NewAlerts, i.Stored.Elapsed.TotalSeconds);
    }

    public static IndexDto ToDto(WaterSample s)
    {
        var band = s.Wqi is { } w ? WqiBand.For(w) : null;
        return new IndexDto(
            WaterQueries.Local(s.SampledAt), ((WqiResolution)s.Resolution).ToString().ToLowerInvariant(), s.Wqi, band?.VietnameseLabel, band?.EnglishLabel, band?.Hex,
            s.Formula, s.Parameters.Split(' ', StringSplitOptions.RemoveEmptyEntries), s.Note, s.BelowDetectionLimit, s.Standard, s.Level,
            (s.Deciding ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries), s.QcvnNotes, s.Validated, s.NoteVi, s.QcvnNotesVi);
    }

    public static StationDto ToDto(WaterStation s, WaterSample? latest)
    {
        return new StationDto(s.Code, s.Name, s.Kind, s.Latitude, s.Longitude, s.WaterBody?.Name, s.Basin?.Name,
            s.Units.OrderBy(u => u.ValidFrom).Select(u => new UnitRef(u.Unit.Code, u.Unit.Name, u.ValidFrom, u.ValidTo)).ToList(),
            s.TargetLevel, s.Weighted, s.IsDemo, latest is null ? null : ToDto(latest),
            s.Type, s.Aquifer, s.Datum, s.Threshold, s.CapacityHm3);
    }
}
