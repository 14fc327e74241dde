namespace TheoDoi.SensorThings;

// The rows EF projects each entity set into. Their properties are what $filter and $orderby reach
// (StaCatalog maps the SensorThings names onto them), so every one must translate to SQL.

/// <summary>A station as a Thing, a Location or a FeatureOfInterest (the monitoring point); @iot.id is the station's id.</summary>
public sealed class StaStationRow
{
    public long Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public Water.StationKind Kind { get; set; }
    public Water.StationType Type { get; set; }
    public bool IsDemo { get; set; }
    public string BasinCode { get; set; } = "";
    public string? WaterBody { get; set; }
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }

    /// <summary>Since when the station is on record (its first province period); the HistoricalLocation's time.</summary>
    public DateOnly? Since { get; set; }
}

/// <summary>A series: station × parameter, or one of the station's computed indices.</summary>
public sealed class StaDatastreamRow
{
    public long Id { get; set; }
    public long ThingId { get; set; }
    public string Name { get; set; } = "";
    public string StationCode { get; set; } = "";
    public string ParameterCode { get; set; } = "";
    public string ParameterName { get; set; } = "";
    public string ParameterNameVi { get; set; } = "";
    public string Unit { get; set; } = "";
    public long SensorId { get; set; }
    public long ObservedPropertyId { get; set; }
}

/// <summary>One value of <c>water_observations</c> or one index of <c>water_samples</c>.</summary>
public sealed class StaObservationRow
{
    public long Id { get; set; }
    public long DatastreamId { get; set; }

    // The columns' own type, so the tie-break orders by the table's key, not by a cast of it.
    public int StationId { get; set; }
    public int ParameterId { get; set; }

    /// <summary>Unix seconds (UTC), as stored.</summary>
    public long Time { get; set; }
    public double? Result { get; set; }
    public int Qualifier { get; set; }
    public int Qc { get; set; }
}

/// <summary>A Sensor (the method) or an ObservedProperty (a catalogue parameter, or VN_WQI): small, held in memory.</summary>
public sealed class StaCatalogueRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>The Vietnamese name and description (a Sensor's; an ObservedProperty's description is already Vietnamese).</summary>
    public string NameVi { get; set; } = "";
    public string DescriptionVi { get; set; } = "";
    public string Definition { get; set; } = "";
}
