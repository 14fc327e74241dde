using TheoDoi.Data;
using TheoDoi.Water;

namespace TheoDoi.SensorThings;

/// <summary>Page sizes (issue 10: default and maximum settable; configuration section <c>SensorThings</c>).</summary>
public sealed class StaSettings
{
    public int DefaultTop { get; set; } = 100;
    public int MaxTop { get; set; } = 1000;
}

/// <summary>One request: the database, what the caller may see, the site and service root URLs, the clock and the visible parameters.</summary>
public sealed record StaContext(AppDbContext Db, StaVisibility Visibility, string Site, DateTimeOffset Now, StaSettings Settings, IReadOnlyList<WaterParameterEntry> Parameters)
{
    public const string Path = "/sta/v1.1";

    public string Root => Site + Path;

    public string Link(string set, long id) => $"{Root}/{set}({id.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
