using TheoDoi.Core.SensorThings;
using TheoDoi.Core.Texts;

namespace TheoDoi.SensorThings;

/// <summary>The eight entity sets of the Sensing part (OGC 18-088, clause 8), by name.</summary>
public static class StaCatalog
{
    public const string Id = "id";

    private static readonly Lazy<IReadOnlyDictionary<string, IStaSet>> s_sets = new(() => new IStaSet[]
    {
        StaStations.Things, StaStations.Locations, StaStations.HistoricalLocations, StaDatastreams.Set,
        StaCatalogues.SensorSet, StaCatalogues.ObservedPropertySet, StaObservations.Set, StaStations.FeaturesOfInterest,
    }.ToDictionary(s => s.Name, StringComparer.Ordinal));

    public static IEnumerable<IStaSet> Sets => s_sets.Value.Values;

    public static IStaSet Set(string name) => s_sets.Value[name];

    public static IStaSet? Find(string name) => s_sets.Value.GetValueOrDefault(name);

    public static StaQueryException NotASet(string name) =>
        new(new Bilingual($"\"{name}\" không phải là một tập thực thể.", $"\"{name}\" is not an entity set."));
}
