using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TheoDoi.Core.Water;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// The database side of the water derivation: reads a station's observations and rewrites its derived
/// rows (<c>water_samples</c>, <c>water_alerts</c>) whole for a span, on the raw connection and not
/// audited, because they are derived from observations that are (docs/DESIGN.md).
/// </summary>
internal sealed class SampleStore(AppDbContext db)
{
    public Task<Dictionary<int, string>> ParametersAsync(CancellationToken cancellationToken) =>
        db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);

    public async Task<(string Code, StationProfile Profile)?> StationAsync(int stationId, CancellationToken cancellationToken)
    {
        var station = await db.WaterStations.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stationId, cancellationToken);
        return station is null ? null : (station.Code, new StationProfile(station.Id, station.Kind == StationKind.Automatic, station.WqiOptions, station.TargetLevel, station.Type == StationType.Quality));
    }

    /// <summary>The station's observations between <paramref name="from"/> and <paramref name="to"/>, rejected ones left out, by time.</summary>
    public async Task<List<SamplePoint>> PointsAsync(int stationId, long from, long to, Dictionary<int, string> parameters, CancellationToken cancellationToken)
    {
        var points = await db.WaterObservations.AsNoTracking()
            .Where(o => o.StationId == stationId && o.ObservedAt >= from && o.ObservedAt <= to && o.Qc != (short)QcState.Rejected)
            .OrderBy(o => o.ObservedAt)
            .Select(o => new { o.ObservedAt, o.ParameterId, o.Value, o.Qualifier, o.Qc })
            .ToListAsync(cancellationToken);
        return [.. points.Select(p => new SamplePoint(p.ObservedAt, parameters[p.ParameterId], (decimal)p.Value, (Qualifier)p.Qualifier, p.Qc == (short)QcState.Validated))];
    }

    /// <summary>
    /// Replaces the station's derived rows in the span with <paramref name="computed"/>; with <paramref name="queueEntry"/>,
    /// that recomputation-queue entry is removed in the same transaction.
    /// </summary>
    /// <returns>How many of the alerts are new (not stored before for the same sample, kind and parameter); null when the queue entry was gone.</returns>
    public async Task<int?> WriteAsync(int stationId, long from, long to, IReadOnlyList<DerivedSample> computed, long? queueEntry, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var tx = transaction.GetDbTransaction();
            if (queueEntry is { } entry)
            {
                // Taken first: a second drainer waits here (row lock, or SQLite's write lock) and then finds it gone.
                await using var take = Command(connection, tx, "DELETE FROM water_recompute_queue WHERE id = @id", "id");
                Set(take, entry);
                if (await take.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return null;
                }
            }

            var known = await KnownAlertsAsync(connection, tx, stationId, from, to, cancellationToken);
            var fresh = 0;
            var alerts = new List<DerivedAlert>();
            foreach (var alert in computed.SelectMany(c => c.Alerts))
            {
                // Alerts stored before keep their creation time, so a recomputation changes nothing that was right
                // and reports as new only what is new.
                if (known.TryGetValue((alert.SampledAt, alert.Kind.ToString(), alert.Parameter), out var created))
                {
                    alerts.Add(alert with { CreatedAt = created });
                }
                else
                {
                    alerts.Add(alert);
                    fresh++;
                }
            }

            await using (var delete = Command(connection, tx, "DELETE FROM water_samples WHERE station_id = @s AND sampled_at BETWEEN @from AND @to; DELETE FROM water_alerts WHERE station_id = @s AND sampled_at BETWEEN @from AND @to;",
                "s", "from", "to"))
            {
                Set(delete, stationId, from, to);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            await InsertAsync(connection, tx, computed, alerts, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return fresh;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<Dictionary<(long, string, string), DateTime>> KnownAlertsAsync(DbConnection connection, DbTransaction tx, int stationId, long from, long to, CancellationToken cancellationToken)
    {
        var known = new Dictionary<(long, string, string), DateTime>();
        await using var select = Command(connection, tx, "SELECT sampled_at, kind, parameter, created_at FROM water_alerts WHERE station_id = @s AND sampled_at BETWEEN @from AND @to", "s", "from", "to");
        Set(select, stationId, from, to);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            known[(reader.GetInt64(0), reader.GetString(1), reader.GetString(2))] = DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc);
        }

        return known;
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<DerivedSample> samples, List<DerivedAlert> alerts, CancellationToken cancellationToken)
    {
        await using (var insert = Command(connection, tx,
            "INSERT INTO water_samples (station_id, resolution, sampled_at, wqi, wqi_unrounded, formula, parameters, note, note_vi, below_detection_limit, standard, level, deciding, qcvn_notes, qcvn_notes_vi, validated, value_count) " +
            "VALUES (@s, @r, @t, @wqi, @u, @f, @p, @note, @notevi, @bdl, @std, @lvl, @dec, @qn, @qnvi, @val, @n)",
            "s", "r", "t", "wqi", "u", "f", "p", "note", "notevi", "bdl", "std", "lvl", "dec", "qn", "qnvi", "val", "n"))
        {
            foreach (var s in samples)
            {
                Set(insert, s.StationId, (short)s.Resolution, s.SampledAt, s.Wqi, s.WqiUnrounded, s.Formula, s.Parameters, s.Note, s.NoteVi, s.BelowDetectionLimit,
                    s.Standard, s.Level, s.Deciding, s.QcvnNotes, s.QcvnNotesVi, s.Validated, s.Values);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var insert = Command(connection, tx,
            "INSERT INTO water_alerts (station_id, sampled_at, kind, parameter, value, limit_value, standard, level, limit_unconfirmed, validated, created_at) " +
            "VALUES (@s, @t, @k, @p, @v, @l, @std, @lvl, @u, @val, @at)",
            "s", "t", "k", "p", "v", "l", "std", "lvl", "u", "val", "at"))
        {
            foreach (var a in alerts)
            {
                Set(insert, a.StationId, a.SampledAt, a.Kind.ToString(), a.Parameter, a.Value, a.Limit, a.Standard, a.Level, a.LimitUnconfirmed, a.Validated, a.CreatedAt);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>The span of each station's stored observations, for a full recomputation.</summary>
    public static async Task<Dictionary<int, (long From, long To)>> SpansAsync(AppDbContext db, IEnumerable<int>? stationIds, CancellationToken cancellationToken)
    {
        var query = db.WaterObservations.AsNoTracking();
        if (stationIds is not null)
        {
            var ids = stationIds.ToList();
            query = query.Where(o => ids.Contains(o.StationId));
        }

        var spans = await query.GroupBy(o => o.StationId)
            .Select(g => new { g.Key, From = g.Min(o => o.ObservedAt), To = g.Max(o => o.ObservedAt) })
            .ToListAsync(cancellationToken);
        return spans.ToDictionary(s => s.Key, s => (s.From, s.To));
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    internal static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
