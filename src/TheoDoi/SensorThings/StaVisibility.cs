using TheoDoi.Water;

namespace TheoDoi.SensorThings;

/// <summary>
/// What one caller of the SensorThings API may see — the one place every entity set applies it, so
/// partner keys (issue 10) plug in by building another value. Anonymous callers see what the public
/// pages show: validated data of every station and parameter.
/// </summary>
/// <param name="ValidatedOnly">Only observations (and indices) whose QC state is validated; otherwise raw ones too (resultQuality.qcState says which), never rejected ones.</param>
/// <param name="StationCodes">Stations the caller may see; null for all.</param>
/// <param name="ParameterGroups">VN_WQI parameter groups (I–V, and <see cref="IndexGroup"/> for the computed indices); null for all.</param>
/// <param name="From">The first second (Unix) of data the caller may see — a partner agreement's period; null for no limit.</param>
/// <param name="To">The last second (Unix) of data the caller may see; null for no limit.</param>
public sealed record StaVisibility(bool ValidatedOnly, IReadOnlySet<string>? StationCodes = null, IReadOnlySet<string>? ParameterGroups = null, long? From = null, long? To = null)
{
    public const string IndexGroup = "WQI";

    public static StaVisibility Public { get; } = new(ValidatedOnly: true);

    public IQueryable<WaterStation> Stations(IQueryable<WaterStation> stations) =>
        StationCodes is { } codes ? stations.Where(s => codes.Contains(s.Code)) : stations;

    public IQueryable<WaterParameterEntry> Parameters(IQueryable<WaterParameterEntry> parameters) =>
        ParameterGroups is { } groups ? parameters.Where(p => p.Group != null && groups.Contains(p.Group)) : parameters;

    public bool IndicesVisible => ParameterGroups is null || ParameterGroups.Contains(IndexGroup);

    public IQueryable<WaterObservation> Observations(IQueryable<WaterObservation> observations)
    {
        observations = ValidatedOnly ? observations.Where(o => o.Qc == (short)QcState.Validated) : observations.Where(o => o.Qc != (short)QcState.Rejected);
        observations = From is { } from ? observations.Where(o => o.ObservedAt >= from) : observations;
        return To is { } to ? observations.Where(o => o.ObservedAt <= to) : observations;
    }

    public IQueryable<WaterSample> Indices(IQueryable<WaterSample> samples)
    {
        samples = ValidatedOnly ? samples.Where(s => s.Validated) : samples;
        samples = From is { } from ? samples.Where(s => s.SampledAt >= from) : samples;
        return To is { } to ? samples.Where(s => s.SampledAt <= to) : samples;
    }
}
