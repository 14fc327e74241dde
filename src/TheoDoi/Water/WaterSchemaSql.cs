namespace TheoDoi.Water;

/// <summary>
/// The raw SQL that EF cannot express: the observations table, WITHOUT ROWID in SQLite (26 bytes a
/// value instead of 46, and faster to load), keyed (station, parameter, time) on both providers and with no other index
/// (a station's samples are read parameter by parameter along that key). Kept
/// here, apart from the generated migrations, so a regenerated migration only needs to call
/// <see cref="Up"/> and <see cref="Down"/>.
/// </summary>
public static class WaterSchemaSql
{
    public const string Observations = "water_observations";

    public static string Up(bool postgres) => postgres
        ? $"""
          CREATE TABLE {Observations} (
              station_id integer NOT NULL,
              parameter_id integer NOT NULL,
              observed_at bigint NOT NULL,
              value double precision NOT NULL,
              qualifier smallint NOT NULL,
              qc smallint NOT NULL,
              batch_id integer NOT NULL,
              CONSTRAINT pk_{Observations} PRIMARY KEY (station_id, parameter_id, observed_at));
          """
        : $"""
          CREATE TABLE {Observations} (
              station_id INTEGER NOT NULL,
              parameter_id INTEGER NOT NULL,
              observed_at INTEGER NOT NULL,
              value REAL NOT NULL,
              qualifier INTEGER NOT NULL,
              qc INTEGER NOT NULL,
              batch_id INTEGER NOT NULL,
              PRIMARY KEY (station_id, parameter_id, observed_at)) WITHOUT ROWID;
          """;

    public static string Down => $"DROP TABLE IF EXISTS {Observations};";
}
