using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TheoDoi.Accounts;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.Notifications;

namespace TheoDoi.Water;

/// <summary>
/// Computes and stores, for a station and a time span, the VN_WQI and QCVN 08 level of every sample
/// (and, for automatic stations, of every hour's and day's means: product decision 6), and the
/// exceedance alerts: values above a QCVN 08:2023 Bảng 1 limit, and parameters worse than the station's
/// target level (per sample for periodic stations, per daily mean for automatic ones, so a sensor
/// does not raise 288 alerts a day). Rejected observations are left out. The results are derived data:
/// rewritten whole for the span, on the raw connection, and not audited (the observations they come
/// from are).
/// </summary>
public sealed class ComputeSamples(AppDbContext db, Notifier notifier, TimeProvider clock)
{
    public sealed record Result(int Samples, int Alerts, int NewAlerts);

    private sealed record Point(long Time, string Parameter, decimal Value, Qualifier Qualifier, bool Validated);

    private sealed record Computed(WaterSample Sample, List<WaterAlert> Alerts);

    /// <summary>Recomputes every station's span; raises one notice to data stewards when alerts were found.</summary>
    public async Task<Result> RunAsync(IReadOnlyDictionary<int, (long From, long To)> spans, string? origin = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var parameters = await ParametersAsync(cancellationToken);
        int samples = 0, alerts = 0, fresh = 0;
        var alerted = new List<string>();
        foreach (var (stationId, span) in spans.OrderBy(s => s.Key))
        {
            // Whole Việt Nam days, so hourly and daily means are complete.
            var done = (await ComputeStationAsync(stationId, DayStart(span.From), DayStart(span.To) + 86_400 - 1, null, parameters, cancellationToken))!;
            samples += done.Samples;
            alerts += done.Alerts;
            fresh += done.NewAlerts;
            if (done.NewAlerts > 0)
            {
                alerted.Add($"{done.Code} ({done.NewAlerts})");
            }
        }

        await NotifyAsync($"water-alerts:{origin ?? "run"}:{clock.GetUtcNow().ToUnixTimeMilliseconds()}", fresh, alerted, origin, cancellationToken);
        return new Result(samples, alerts, fresh);
    }

    internal Task<Dictionary<int, string>> ParametersAsync(CancellationToken cancellationToken) =>
        db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);

    /// <summary>One notice to data stewards for <paramref name="fresh"/> new alerts (none when zero; none twice for one key).</summary>
    internal async Task NotifyAsync(string key, int fresh, IReadOnlyCollection<string> alerted, string? origin, CancellationToken cancellationToken)
    {
        if (fresh == 0)
        {
            return;
        }

        await notifier.RaiseAsync(new Notifier.Notice(
            key,
            null,
            Roles.DataSteward,
            $"Cảnh báo chất lượng nước: {fresh} vượt ngưỡng mới",
            $"{fresh} vượt ngưỡng QCVN 08 mới tại các trạm: {string.Join(", ", alerted)}. {(origin is null ? "" : "Nguồn: " + origin + ".")}",
            "/water/alerts")
        {
            SubjectEn = $"Water quality alerts: {fresh} new exceedance(s)",
            BodyEn = $"{fresh} new QCVN 08 exceedance(s) at stations: {string.Join(", ", alerted)}. {(origin is null ? "" : "Source: " + origin + ".")}",
        }, cancellationToken);
    }

    internal sealed record StationResult(string Code, int Samples, int Alerts, int NewAlerts);

    /// <summary>
    /// Rewrites the derived rows of one station between <paramref name="from"/> and <paramref name="to"/> (whole days).
    /// With <paramref name="queueEntry"/>, that recomputation-queue entry is removed in the same transaction,
    /// and null is answered (nothing written) when another process removed it first.
    /// </summary>
    internal async Task<StationResult?> ComputeStationAsync(int stationId, long from, long to, long? queueEntry, Dictionary<int, string> parameters, CancellationToken cancellationToken)
    {
        var station = await db.WaterStations.AsNoTracking().SingleOrDefaultAsync(s => s.Id == stationId, cancellationToken);
        if (station is null)
        {
            // A station removed since: nothing to derive; only the queue entry goes.
            return await WriteAsync(stationId, from, to, [], queueEntry, cancellationToken) is null ? null : new StationResult("?", 0, 0, 0);
        }

        var points = await db.WaterObservations.AsNoTracking()
            .Where(o => o.StationId == stationId && o.ObservedAt >= from && o.ObservedAt <= to && o.Qc != (short)QcState.Rejected)
            .OrderBy(o => o.ObservedAt)
            .Select(o => new { o.ObservedAt, o.ParameterId, o.Value, o.Qualifier, o.Qc })
            .ToListAsync(cancellationToken);
        var list = points.Select(p => new Point(p.ObservedAt, parameters[p.ParameterId], (decimal)p.Value, (Qualifier)p.Qualifier, p.Qc == (short)QcState.Validated)).ToList();

        var computed = new List<Computed>();
        foreach (var sample in list.GroupBy(p => p.Time))
        {
            computed.Add(Compute(station, WqiResolution.Sample, sample.Key, sample.ToList(), alerts: station.Kind == StationKind.Periodic));
        }

        if (station.Kind == StationKind.Automatic)
        {
            foreach (var hour in list.GroupBy(p => p.Time - ((p.Time + 7 * 3600) % 3600)))
            {
                computed.Add(Compute(station, WqiResolution.Hour, hour.Key, hour.ToList(), alerts: false));
            }

            foreach (var day in list.GroupBy(p => DayStart(p.Time)))
            {
                computed.Add(Compute(station, WqiResolution.Day, day.Key, day.ToList(), alerts: true));
            }
        }

        if (await WriteAsync(stationId, from, to, computed, queueEntry, cancellationToken) is not { } fresh)
        {
            return null;
        }

        return new StationResult(station.Code, computed.Count, computed.Sum(c => c.Alerts.Count), fresh);
    }

    /// <summary>Start (Unix seconds) of the Việt Nam day containing <paramref name="time"/>.</summary>
    public static long DayStart(long time) => time - ((time + 7 * 3600) % 86_400);

    private Computed Compute(WaterStation station, WqiResolution resolution, long time, List<Point> points, bool alerts)
    {
        var measurements = points.Select(p => new Measurement(p.Parameter, p.Value, p.Qualifier)).ToList();
        WqiResult wqi;
        IReadOnlyCollection<Measurement> sample;
        if (resolution == WqiResolution.Sample)
        {
            wqi = VnWqi.Compute(measurements, station.WqiOptions);
            sample = measurements;
        }
        else
        {
            wqi = PeriodMeans.Wqi(measurements, station.WqiOptions);
            sample = PeriodMeans.AsSample(PeriodMeans.Compute(measurements));
        }

        var at = DateTimeOffset.FromUnixTimeSeconds(time);
        var level = Qcvn08.Classify(sample, at);
        var validated = points.All(p => p.Validated);
        Bilingual? label = resolution switch
        {
            WqiResolution.Hour => new("WQI giờ (từ giá trị trung bình giờ)", "hourly index from hourly means"),
            WqiResolution.Day => new("WQI ngày (từ giá trị trung bình ngày)", "daily index from daily means"),
            _ => null,
        };
        var wqiNote = WqiReport.NoteText(wqi);
        var note = string.Join("; ", new[] { label?.En, wqiNote.En }.Where(n => !string.IsNullOrEmpty(n)));
        var noteVi = string.Join("; ", new[] { label?.Vi, wqiNote.Vi }.Where(n => !string.IsNullOrEmpty(n)));
        var stored = new WaterSample
        {
            StationId = station.Id,
            Resolution = (short)resolution,
            SampledAt = time,
            Wqi = wqi.Value,
            WqiUnrounded = wqi.Unrounded is { } u ? (double)u : null,
            Formula = wqi.Formula is { } f ? (short)f : null,
            Parameters = Clip(string.Join(' ', wqi.ParametersUsed), 400),
            Note = note.Length == 0 ? null : Clip(note, 2000),
            NoteVi = noteVi.Length == 0 ? null : Clip(noteVi, 2000),
            BelowDetectionLimit = wqi.HasBelowDetectionLimit,
            Standard = level.Standard.Code,
            Level = level.Level?.Code,
            Deciding = Clip(string.Join(' ', level.Deciding.Select(d => d.Parameter)), 400),
            QcvnNotes = level.NoteTexts.Count == 0 ? null : Clip(string.Join("; ", level.NoteTexts.Select(n => n.En)), 2000),
            QcvnNotesVi = level.NoteTexts.Count == 0 ? null : Clip(string.Join("; ", level.NoteTexts.Select(n => n.Vi)), 2000),
            Validated = validated,
            Values = points.Count,
        };
        var found = new List<WaterAlert>();
        if (alerts)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var exceedance in level.Exceedances)
            {
                found.Add(new WaterAlert
                {
                    StationId = station.Id,
                    SampledAt = time,
                    Kind = WaterAlertKind.HealthLimit,
                    Parameter = exceedance.Parameter,
                    Value = (double)exceedance.Value,
                    Limit = (double)exceedance.Limit,
                    Standard = level.Standard.Code,
                    LimitUnconfirmed = exceedance.LimitUnconfirmed,
                    Validated = validated,
                    CreatedAt = now,
                });
            }

            if (station.TargetLevel is { Length: > 0 } target)
            {
                var check = Qcvn08.CheckTarget(sample, level.Standard, target);
                foreach (var violation in check.Violations)
                {
                    found.Add(new WaterAlert
                    {
                        StationId = station.Id,
                        SampledAt = time,
                        Kind = WaterAlertKind.TargetLevel,
                        Parameter = violation.Parameter,
                        Value = (double)violation.Value,
                        Limit = violation.Limit is { } l ? (double)l : null,
                        Standard = level.Standard.Code,
                        Level = violation.Level.Code,
                        LimitUnconfirmed = violation.LimitUnconfirmed,
                        Validated = validated,
                        CreatedAt = now,
                    });
                }
            }
        }

        return new Computed(stored, found);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <returns>How many of the alerts are new (not stored before for the same sample, kind and parameter); null when the queue entry was gone.</returns>
    private async Task<int?> WriteAsync(int stationId, long from, long to, List<Computed> computed, long? queueEntry, CancellationToken cancellationToken)
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

            // Alerts stored before keep their creation time, so a recomputation changes nothing that was right
            // and reports as new only what is new.
            var known = new Dictionary<(long, string, string), DateTime>();
            await using (var select = Command(connection, tx, "SELECT sampled_at, kind, parameter, created_at FROM water_alerts WHERE station_id = @s AND sampled_at BETWEEN @from AND @to", "s", "from", "to"))
            {
                Set(select, stationId, from, to);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    known[(reader.GetInt64(0), reader.GetString(1), reader.GetString(2))] = DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc);
                }
            }

            var fresh = 0;
            foreach (var alert in computed.SelectMany(c => c.Alerts))
            {
                if (known.TryGetValue((alert.SampledAt, alert.Kind.ToString(), alert.Parameter), out var created))
                {
                    alert.CreatedAt = created;
                }
                else
                {
                    fresh++;
                }
            }
            await using (var delete = Command(connection, tx, "DELETE FROM water_samples WHERE station_id = @s AND sampled_at BETWEEN @from AND @to; DELETE FROM water_alerts WHERE station_id = @s AND sampled_at BETWEEN @from AND @to;",
                "s", "from", "to"))
            {
                Set(delete, stationId, from, to);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var insert = Command(connection, tx,
                "INSERT INTO water_samples (station_id, resolution, sampled_at, wqi, wqi_unrounded, formula, parameters, note, note_vi, below_detection_limit, standard, level, deciding, qcvn_notes, qcvn_notes_vi, validated, value_count) " +
                "VALUES (@s, @r, @t, @wqi, @u, @f, @p, @note, @notevi, @bdl, @std, @lvl, @dec, @qn, @qnvi, @val, @n)",
                "s", "r", "t", "wqi", "u", "f", "p", "note", "notevi", "bdl", "std", "lvl", "dec", "qn", "qnvi", "val", "n"))
            {
                foreach (var s in computed.Select(c => c.Sample))
                {
                    Set(insert, s.StationId, s.Resolution, s.SampledAt, s.Wqi, s.WqiUnrounded, s.Formula, s.Parameters, s.Note, s.NoteVi, s.BelowDetectionLimit,
                        s.Standard, s.Level, s.Deciding, s.QcvnNotes, s.QcvnNotesVi, s.Validated, s.Values);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await using (var insert = Command(connection, tx,
                "INSERT INTO water_alerts (station_id, sampled_at, kind, parameter, value, limit_value, standard, level, limit_unconfirmed, validated, created_at) " +
                "VALUES (@s, @t, @k, @p, @v, @l, @std, @lvl, @u, @val, @at)",
                "s", "t", "k", "p", "v", "l", "std", "lvl", "u", "val", "at"))
            {
                foreach (var a in computed.SelectMany(c => c.Alerts))
                {
                    Set(insert, a.StationId, a.SampledAt, a.Kind.ToString(), a.Parameter, a.Value, a.Limit, a.Standard, a.Level, a.LimitUnconfirmed, a.Validated, a.CreatedAt);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            return fresh;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
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

    /// <summary>The span of a station's stored observations, for a full recomputation.</summary>
    public static async Task<Dictionary<int, (long From, long To)>> SpansAsync(AppDbContext db, IEnumerable<int>? stationIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
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

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static DateOnly DayOf(long time) => VietnamTime.DateOf(DateTimeOffset.FromUnixTimeSeconds(time));
}
