using TheoDoi.Core.Water.Licences;

namespace TheoDoi.Water;

/// <summary>A polygon on the station map (outer ring first, holes after, longitude/latitude in EPSG:4326), with the hover text it shows.</summary>
public sealed record MapArea(string Code, string Title, string Colour, IReadOnlyList<IReadOnlyList<LonLat>> Rings);
