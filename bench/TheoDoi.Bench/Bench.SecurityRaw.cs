using System.Data.Common;
using TheoDoi.Core.Water.Security;

/// <summary>
/// The raw paths the water-security reads are compared with: the same rows by plain ADO.NET on a
/// connection of its own, then the same Core computation — no EF, no per-station look-ups.
/// </summary>
internal static partial class Bench
{
    private static async Task<DbConnection> RawConnectionAsync(DataOptions data)
    {
        DbConnection connection = data.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(data.ConnectionString) : new NpgsqlConnection(data.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            (p.ParameterName, p.Value) = (name, value);
            command.Parameters.Add(p);
        }

        return command;
    }

    /// <summary>The intake's year of readings by one SELECT, then SalinityEvents.Find; returns the number of events.</summary>
    private static async Task<int> RawSalinityAsync(DbConnection connection, int station, int parameter, long from, long to)
    {
        await using var select = Command(connection,
            $"SELECT observed_at, value FROM {WaterSchemaSql.Observations} WHERE station_id = @s AND parameter_id = @p AND qc <> 2 AND observed_at >= @a AND observed_at <= @b ORDER BY observed_at",
            ("@s", station), ("@p", parameter), ("@a", from), ("@b", to));
        var readings = new List<TimedValue>(40_000);
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                readings.Add(new TimedValue(WaterQueries.Local(reader.GetInt64(0)).DateTime, (decimal)reader.GetDouble(1)));
            }
        }

        return SalinityEvents.Find(readings, SalinityLimit).Value.Count;
    }

    /// <summary>
    /// Every well's depths by ONE SELECT along the key, day means in C#, then per well the 5-year trend and,
    /// as the API read does, the 10-year one; returns the wells with a computed trend (the longest asked for).
    /// </summary>
    private static async Task<int> RawTrendsAsync(DbConnection connection, int firstWell, int parameter, bool tenYears)
    {
        await using var select = Command(connection,
            $"SELECT station_id, observed_at, value FROM {WaterSchemaSql.Observations} WHERE station_id >= @a AND station_id < @b AND parameter_id = @p AND qc <> 2 ORDER BY station_id, observed_at",
            ("@a", firstWell), ("@b", firstWell + Wells), ("@p", parameter));
        var byWell = new Dictionary<int, List<(DateOnly Day, double Value)>>();
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var well = reader.GetInt32(0);
                if (!byWell.TryGetValue(well, out var rows))
                {
                    byWell[well] = rows = new List<(DateOnly, double)>(200);
                }

                rows.Add((DateOnly.FromDateTime(WaterQueries.Local(reader.GetInt64(1)).DateTime), reader.GetDouble(2)));
            }
        }

        var computed = 0;
        foreach (var rows in byWell.Values)
        {
            List<DatedValue> depths = [.. rows.GroupBy(r => r.Day).Select(g => new DatedValue(g.Key, Math.Round((decimal)g.Average(r => r.Value), 6)))];
            var asOf = depths[^1].Date;
            var five = GroundwaterTrend.Compute(depths, asOf, 5);
            computed += (tenYears ? GroundwaterTrend.Compute(depths, asOf, 10) : five).IsComputed ? 1 : 0;
        }

        return computed;
    }

    /// <summary>
    /// The scorecard's heaviest single statement (the intake's dry-season hourly means, the one that reads
    /// thousands of rows), run alone; returns the hours.
    /// </summary>
    private static async Task<int> RawSeasonHoursAsync(DbConnection connection, int station, int parameter, long from, long to)
    {
        await using var select = Command(connection,
            $"SELECT observed_at / 3600 AS hour, AVG(value) FROM {WaterSchemaSql.Observations} WHERE station_id = @s AND parameter_id = @p AND qc <> 2 AND observed_at >= @a AND observed_at <= @b GROUP BY observed_at / 3600 ORDER BY 1",
            ("@s", station), ("@p", parameter), ("@a", from), ("@b", to));
        var hours = 0;
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hours++;
        }

        return hours;
    }
}
