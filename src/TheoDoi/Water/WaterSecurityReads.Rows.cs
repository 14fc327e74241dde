using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TheoDoi.Core.Water.Security;

namespace TheoDoi.Water;

/// <summary>
/// The long reads of issue 9 (a station-year of 15-minute salinity, every well's 15 years of depths) as
/// plain commands on the context's own connection, read column by column into the Core's values: the
/// same SELECT as the raw paths of docs/benchmarks.md, without a materialized row per observation.
/// </summary>
public sealed partial class WaterSecurityReads
{
    private static string QcFilter(bool validatedOnly) =>
        validatedOnly ? $"qc = {(short)QcState.Validated}" : $"qc <> {(short)QcState.Rejected}";

    /// <summary>One station's readings of one parameter in [<paramref name="from"/>, <paramref name="to"/>] (Unix seconds), oldest first, as Việt Nam times.</summary>
    private async Task<List<TimedValue>> TimedValuesAsync(int stationId, int parameterId, long from, long to, bool validatedOnly, CancellationToken ct)
    {
        var readings = new List<TimedValue>();
        await ReadAsync(
            $"SELECT observed_at, value FROM {WaterSchemaSql.Observations} WHERE station_id = @s AND parameter_id = @p AND {QcFilter(validatedOnly)} AND observed_at >= @a AND observed_at <= @b ORDER BY observed_at",
            [("s", stationId), ("p", parameterId), ("a", from), ("b", to)],
            r => readings.Add(new TimedValue(WaterQueries.Local(r.GetInt64(0)).DateTime, (decimal)r.GetDouble(1))), ct);
        return readings;
    }

    /// <summary>The stations' readings of one parameter along the key (by station, then time): <paramref name="row"/> gets station, Unix seconds, value.</summary>
    private Task StationsValuesAsync(IReadOnlyList<int> stationIds, int parameterId, bool validatedOnly, Action<int, long, double> row, CancellationToken ct) =>
        // The ids are the database's own integers, written into the statement: one IN list, any number of wells.
        ReadAsync(
            $"SELECT station_id, observed_at, value FROM {WaterSchemaSql.Observations} WHERE station_id IN ({string.Join(",", stationIds)}) AND parameter_id = @p AND {QcFilter(validatedOnly)} ORDER BY station_id, observed_at",
            [("p", parameterId)],
            r => row(r.GetInt32(0), r.GetInt64(1), r.GetDouble(2)), ct);

    private async Task ReadAsync(string sql, (string Name, object Value)[] parameters, Action<DbDataReader> row, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = SampleStore.Command(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), sql, [.. parameters.Select(p => p.Name)]);
            SampleStore.Set(command, [.. parameters.Select(p => p.Value)]);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                row(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
