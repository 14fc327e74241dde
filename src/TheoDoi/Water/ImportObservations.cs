using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using TheoDoi.Audit;
using TheoDoi.Core.Water;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// Imports an observation file (long or wide layout, see <see cref="ObservationFile"/>) in one pass and in
/// constant memory, all or nothing.
/// </summary>
/// <remarks>
/// <para>
/// A reader thread parses and checks the rows (Core's <c>ObservationCsv</c>), maps station and parameter
/// codes to ids and hands batches of <see cref="BatchSize"/> values to the writer, which sorts each batch
/// by key (station, parameter, time) and writes it on the raw connection of the DbContext, inside one
/// transaction: SQLite by a prepared INSERT … ON CONFLICT DO NOTHING per value into the WITHOUT ROWID
/// table; PostgreSQL by binary COPY straight into the table when no value of the batch's keys exists yet,
/// otherwise by COPY into a temporary table and INSERT … ON CONFLICT DO UPDATE. On the first error the
/// writer stops writing, the reader goes on to report every error of the file (the first
/// <see cref="MaxErrorsListed"/> are listed), and the transaction is rolled back: nothing is written.
/// </para>
/// <para>
/// Idempotent: the key is station + parameter + time (to the second). A value already stored with the same
/// number and qualifier is left alone (also its QC state); a different one is updated, its QC state reset
/// to the batch's, and the change is written to the audit trail (old and new value, one entry per
/// changed value). New values are not audited one by one: the import batch is (who, when, file, SHA-256,
/// counts), and every value points to the batch that last set it. A key given twice in the file is an
/// error, found in memory within a batch and through the database across batches.
/// </para>
/// </remarks>
public sealed class ImportObservations(AppDbContext db, TimeProvider clock, AuditActor actor, DataOptions data)
{
    public const int BatchSize = 100_000;
    public const int MaxErrorsListed = 200;

    public sealed record Request(string FileName, QcState Qc = QcState.Raw, string? Source = null);

    public sealed record Progress(long BytesRead, long Rows);

    /// <summary>What an import did; <see cref="Errors"/> non-empty means nothing was written.</summary>
    public sealed record Summary(
        int? BatchId, string Layout, long Rows, long Inserted, long Updated, long Unchanged,
        IReadOnlyList<CsvError> Errors, long ErrorCount, IReadOnlyDictionary<int, (long From, long To)> Ranges, TimeSpan Elapsed)
    {
        public bool Succeeded => ErrorCount == 0;
    }

    internal struct Value
    {
        public int Station;
        public int Parameter;
        public long Time;
        public double Number;
        public short Qualifier;
        public int Row;
    }

    private sealed class KeyOrder : IComparer<Value>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(Value x, Value y)
        {
            var c = x.Station.CompareTo(y.Station);
            if (c != 0)
            {
                return c;
            }

            c = x.Parameter.CompareTo(y.Parameter);
            return c != 0 ? c : x.Time.CompareTo(y.Time);
        }
    }

    /// <summary>Imports the file in <paramref name="stream"/> (read once; its length, when known, drives progress).</summary>
    public async Task<Summary> RunAsync(Stream stream, Request request, IProgress<Progress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(request);
        var started = clock.GetTimestamp();
        var stations = await db.WaterStations.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var parameters = await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Id, StringComparer.Ordinal, cancellationToken);

        using var hashing = new HashingStream(stream);
        var opened = ObservationFile.Open(hashing, request.FileName, cancellationToken);
        var errors = new List<CsvError>();
        // A wide row becomes one long row per parameter, each carrying the row's own errors (a bad
        // time, an unknown station): each distinct error is reported once.
        var seen = new HashSet<CsvError>();
        long errorCount = 0;
        var failed = 0; // set to 1 by either side on the first error
        void Fail(CsvError error)
        {
            Interlocked.Exchange(ref failed, 1);
            lock (errors)
            {
                if (!seen.Add(error))
                {
                    return;
                }

                errorCount++;
                if (errors.Count < MaxErrorsListed)
                {
                    errors.Add(error);
                }
            }
        }

        var ranges = new Dictionary<int, (long From, long To)>();
        long rows = 0;
        var channel = Channel.CreateBounded<Value[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(() => ReadAll(opened.Rows, stations, parameters, channel.Writer, Fail, () => Volatile.Read(ref failed) == 1,
            ranges, count => { rows = count; progress?.Report(new Progress(hashing.BytesRead, count)); }, cancellationToken), cancellationToken);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var batch = new WaterImportBatch
        {
            FileName = Path.GetFileName(request.FileName),
            Layout = opened.Layout,
            StartedAt = clock.GetUtcNow().UtcDateTime,
            Actor = actor.Name,
            Source = string.IsNullOrWhiteSpace(request.Source) ? Path.GetFileName(request.FileName) : request.Source.Trim(),
            Qc = request.Qc,
        };
        long inserted = 0, updated = 0, unchanged = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.WaterImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken); // audited: the batch is the record of the import
            var writer = data.Provider == DatabaseProvider.Postgres
                ? (IValueWriter)new PostgresWriter((NpgsqlConnection)connection, batch.Id, request.Qc)
                : new SqliteWriter((SqliteConnection)connection, (SqliteTransaction)transaction.GetDbTransaction(), batch.Id, request.Qc);
            var audit = new AuditBuffer(db, actor.Name, clock.GetUtcNow().UtcDateTime);
            await writer.BeginAsync(cancellationToken);
            await foreach (var values in channel.Reader.ReadAllAsync(cancellationToken))
            {
                if (Volatile.Read(ref failed) == 1)
                {
                    continue; // drain: the reader goes on collecting errors
                }

                Array.Sort(values, KeyOrder.Instance);
                for (var i = 1; i < values.Length; i++)
                {
                    if (KeyOrder.Instance.Compare(values[i - 1], values[i]) == 0)
                    {
                        var (first, second) = values[i - 1].Row < values[i].Row ? (values[i - 1], values[i]) : (values[i], values[i - 1]);
                        Fail(new CsvError(second.Row, null, $"duplicate: the same station, parameter and time as row {first.Row}"));
                    }
                }

                if (Volatile.Read(ref failed) == 1)
                {
                    continue;
                }

                var result = await writer.WriteAsync(values, audit, cancellationToken);
                inserted += result.Inserted;
                updated += result.Updated;
                unchanged += result.Unchanged;
                foreach (var duplicate in result.Duplicates)
                {
                    Fail(new CsvError(duplicate, null, "duplicate: the same station, parameter and time as an earlier row of this file"));
                }

                await audit.FlushAsync(cancellationToken);
            }

            await reader;
            await writer.EndAsync(cancellationToken);
            if (Volatile.Read(ref failed) == 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                await db.Database.CloseConnectionAsync();
                errors.Sort((a, b) => a.Row.CompareTo(b.Row));
                return new Summary(null, opened.Layout, rows, 0, 0, 0, errors, errorCount, new Dictionary<int, (long, long)>(), clock.GetElapsedTime(started));
            }

            await audit.FlushAsync(cancellationToken);
            batch.Rows = rows;
            batch.Inserted = inserted;
            batch.Updated = updated;
            batch.Unchanged = unchanged;
            batch.FinishedAt = clock.GetUtcNow().UtcDateTime;
            batch.Sha256 = opened.Layout == ObservationFile.WideXlsx ? null : hashing.Hash(); // MiniExcel seeks in a zip
            await db.SaveChangesAsync(cancellationToken);
            if (inserted + updated > 0)
            {
                // In the import's own transaction: committed values always come with their recomputation,
                // which WaterImportRun (or the next start, or the background job) carries out.
                await RecomputeQueue.EnqueueAsync(db, ranges, $"lô nhập {batch.Id} ({batch.FileName})", batch.FinishedAt.Value, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await db.Database.CloseConnectionAsync();
        return new Summary(batch.Id, opened.Layout, rows, inserted, updated, unchanged, [], 0, ranges, clock.GetElapsedTime(started));
    }

    private static void ReadAll(
        IEnumerable<ObservationRow> rows, Dictionary<string, int> stations, Dictionary<string, int> parameters, ChannelWriter<Value[]> output,
        Action<CsvError> fail, Func<bool> hasFailed, Dictionary<int, (long From, long To)> ranges, Action<long> report, CancellationToken cancellationToken)
    {
        var buffer = new Value[BatchSize];
        var count = 0;
        long total = 0;
        try
        {
            foreach (var row in rows)
            {
                foreach (var error in row.Errors)
                {
                    fail(error);
                }

                if (row.Observation is not { } observation)
                {
                    continue;
                }

                total++;
                if (!stations.TryGetValue(observation.Station, out var station))
                {
                    fail(new CsvError(row.Row, ObservationCsv.StationColumn, $"unknown station '{observation.Station}'; register it first (a station file, or the stations page)"));
                    continue;
                }

                if (!parameters.TryGetValue(observation.Parameter, out var parameter))
                {
                    fail(new CsvError(row.Row, ObservationCsv.ParameterColumn, $"parameter '{observation.Parameter}' is not in the catalogue"));
                    continue;
                }

                if (hasFailed())
                {
                    continue; // nothing will be written; only errors matter now
                }

                var time = observation.Time.ToUnixTimeSeconds();
                ranges[station] = ranges.TryGetValue(station, out var range) ? (Math.Min(range.From, time), Math.Max(range.To, time)) : (time, time);
                buffer[count++] = new Value
                {
                    Station = station,
                    Parameter = parameter,
                    Time = time,
                    Number = (double)observation.CanonicalValue,
                    Qualifier = (short)observation.Qualifier,
                    Row = row.Row,
                };
                if (count == BatchSize)
                {
                    WriteBatch(output, buffer, count, cancellationToken);
                    buffer = new Value[BatchSize];
                    count = 0;
                    report(total);
                }
            }

            if (count > 0 && !hasFailed())
            {
                WriteBatch(output, buffer, count, cancellationToken);
            }

            report(total);
        }
        finally
        {
            output.Complete();
        }
    }

    private static void WriteBatch(ChannelWriter<Value[]> output, Value[] buffer, int count, CancellationToken cancellationToken)
    {
        var values = count == buffer.Length ? buffer : buffer[..count];
        while (!output.TryWrite(values))
        {
            if (!output.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }

    internal sealed record WriteResult(long Inserted, long Updated, long Unchanged, IReadOnlyList<int> Duplicates);

    internal interface IValueWriter
    {
        Task BeginAsync(CancellationToken cancellationToken);

        Task<WriteResult> WriteAsync(Value[] sorted, AuditBuffer audit, CancellationToken cancellationToken);

        Task EndAsync(CancellationToken cancellationToken);
    }

    /// <summary>Changed values, written to the audit trail in the import's transaction.</summary>
    internal sealed class AuditBuffer(AppDbContext db, string actor, DateTime at)
    {
        private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly List<AuditEntry> _entries = [];

        public void Changed(in Value value, double oldValue, short oldQualifier, short oldQc, int oldBatch, int newBatch, QcState qc)
        {
            var changes = new Dictionary<string, object>
            {
                ["Value"] = new { old = oldValue, @new = value.Number },
                ["Qualifier"] = new { old = Measurement.Symbol((Qualifier)oldQualifier), @new = Measurement.Symbol((Qualifier)value.Qualifier) },
                ["Qc"] = new { old = ((QcState)oldQc).ToString(), @new = qc.ToString() },
                ["BatchId"] = new { old = oldBatch, @new = newBatch },
            };
            _entries.Add(new AuditEntry
            {
                At = at,
                Actor = actor,
                Action = AuditAction.Update,
                Entity = nameof(WaterObservation),
                EntityKey = string.Create(CultureInfo.InvariantCulture, $"{value.Station},{value.Parameter},{value.Time}"),
                Changes = JsonSerializer.Serialize(changes, s_json),
            });
        }

        public async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_entries.Count == 0)
            {
                return;
            }

            db.AuditEntries.AddRange(_entries);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            _entries.Clear();
        }
    }

    private sealed class SqliteWriter(SqliteConnection connection, SqliteTransaction transaction, int batchId, QcState qc) : IValueWriter
    {
        private SqliteCommand _insert = null!, _select = null!, _seen = null!, _update = null!;
        private SqliteParameter _s = null!, _p = null!, _t = null!, _v = null!, _q = null!;

        public async Task BeginAsync(CancellationToken cancellationToken)
        {
            await using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText = "CREATE TEMP TABLE IF NOT EXISTS water_import_seen (station_id INTEGER, parameter_id INTEGER, observed_at INTEGER, PRIMARY KEY (station_id, parameter_id, observed_at)) WITHOUT ROWID; DELETE FROM temp.water_import_seen;";
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            const string Key = "station_id = $s AND parameter_id = $p AND observed_at = $t";
            _insert = Command($"INSERT INTO {WaterSchemaSql.Observations} (station_id, parameter_id, observed_at, value, qualifier, qc, batch_id) VALUES ($s, $p, $t, $v, $q, {(short)qc}, {batchId}) ON CONFLICT DO NOTHING");
            (_s, _p, _t, _v, _q) = (_insert.Parameters[0], _insert.Parameters[1], _insert.Parameters[2], _insert.Parameters[3], _insert.Parameters[4]);
            _select = Command($"SELECT value, qualifier, qc, batch_id FROM {WaterSchemaSql.Observations} WHERE {Key}");
            _seen = Command("INSERT INTO temp.water_import_seen VALUES ($s, $p, $t) ON CONFLICT DO NOTHING");
            _update = Command($"UPDATE {WaterSchemaSql.Observations} SET value = $v, qualifier = $q, qc = {(short)qc}, batch_id = {batchId} WHERE {Key}");
            foreach (var command in new[] { _insert, _select, _seen, _update })
            {
                command.Prepare();
            }
        }

        private SqliteCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in new[] { "$s", "$p", "$t", "$v", "$q" })
            {
                if (sql.Contains(name, StringComparison.Ordinal))
                {
                    command.Parameters.Add(new SqliteParameter(name, 0));
                }
            }

            return command;
        }

        private static void Bind(SqliteCommand command, in Value value)
        {
            foreach (SqliteParameter parameter in command.Parameters)
            {
                parameter.Value = parameter.ParameterName switch
                {
                    "$s" => value.Station,
                    "$p" => value.Parameter,
                    "$t" => value.Time,
                    "$v" => value.Number,
                    _ => value.Qualifier,
                };
            }
        }

        public Task<WriteResult> WriteAsync(Value[] sorted, AuditBuffer audit, CancellationToken cancellationToken)
        {
            long inserted = 0, updated = 0, unchanged = 0;
            var duplicates = new List<int>();
            foreach (var value in sorted)
            {
                _s.Value = value.Station;
                _p.Value = value.Parameter;
                _t.Value = value.Time;
                _v.Value = value.Number;
                _q.Value = value.Qualifier;
                if (_insert.ExecuteNonQuery() == 1)
                {
                    inserted++;
                    continue;
                }

                // The key exists: stored by an earlier import, or by this file (a duplicate).
                Bind(_select, value);
                double oldValue;
                short oldQualifier, oldQc;
                int oldBatch;
                using (var row = _select.ExecuteReader())
                {
                    row.Read();
                    (oldValue, oldQualifier, oldQc, oldBatch) = (row.GetDouble(0), row.GetInt16(1), row.GetInt16(2), row.GetInt32(3));
                }

                Bind(_seen, value);
                if (oldBatch == batchId || _seen.ExecuteNonQuery() == 0)
                {
                    duplicates.Add(value.Row);
                    continue;
                }

                if (oldValue.Equals(value.Number) && oldQualifier == value.Qualifier)
                {
                    unchanged++;
                    continue;
                }

                Bind(_update, value);
                _update.ExecuteNonQuery();
                audit.Changed(value, oldValue, oldQualifier, oldQc, oldBatch, batchId, qc);
                updated++;
            }

            return Task.FromResult(new WriteResult(inserted, updated, unchanged, duplicates));
        }

        public async Task EndAsync(CancellationToken cancellationToken)
        {
            foreach (var command in new[] { _insert, _select, _seen, _update })
            {
                if (command is not null)
                {
                    await command.DisposeAsync();
                }
            }
        }
    }

    private sealed class PostgresWriter(NpgsqlConnection connection, int batchId, QcState qc) : IValueWriter
    {
        public async Task BeginAsync(CancellationToken cancellationToken)
        {
            await using var create = new NpgsqlCommand(
                "CREATE TEMP TABLE IF NOT EXISTS water_import_stage (station_id integer, parameter_id integer, observed_at bigint, value double precision, qualifier smallint, row_no integer) ON COMMIT DROP; " +
                "CREATE TEMP TABLE IF NOT EXISTS water_import_seen (station_id integer, parameter_id integer, observed_at bigint, PRIMARY KEY (station_id, parameter_id, observed_at)) ON COMMIT DROP;", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        public async Task<WriteResult> WriteAsync(Value[] sorted, AuditBuffer audit, CancellationToken cancellationToken)
        {
            if (!await AnyStoredAsync(sorted, cancellationToken))
            {
                // The common case, a new period: binary COPY straight into the table.
                await using var copy = await connection.BeginBinaryImportAsync(
                    $"COPY {WaterSchemaSql.Observations} (station_id, parameter_id, observed_at, value, qualifier, qc, batch_id) FROM STDIN (FORMAT BINARY)", cancellationToken);
                foreach (var value in sorted)
                {
                    copy.StartRow();
                    copy.Write(value.Station, NpgsqlDbType.Integer);
                    copy.Write(value.Parameter, NpgsqlDbType.Integer);
                    copy.Write(value.Time, NpgsqlDbType.Bigint);
                    copy.Write(value.Number, NpgsqlDbType.Double);
                    copy.Write(value.Qualifier, NpgsqlDbType.Smallint);
                    copy.Write((short)qc, NpgsqlDbType.Smallint);
                    copy.Write(batchId, NpgsqlDbType.Integer);
                }

                await copy.CompleteAsync(cancellationToken);
                return new WriteResult(sorted.Length, 0, 0, []);
            }

            await using (var truncate = new NpgsqlCommand("TRUNCATE water_import_stage", connection))
            {
                await truncate.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY water_import_stage (station_id, parameter_id, observed_at, value, qualifier, row_no) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var value in sorted)
                {
                    copy.StartRow();
                    copy.Write(value.Station, NpgsqlDbType.Integer);
                    copy.Write(value.Parameter, NpgsqlDbType.Integer);
                    copy.Write(value.Time, NpgsqlDbType.Bigint);
                    copy.Write(value.Number, NpgsqlDbType.Double);
                    copy.Write(value.Qualifier, NpgsqlDbType.Smallint);
                    copy.Write(value.Row, NpgsqlDbType.Integer);
                }

                await copy.CompleteAsync(cancellationToken);
            }

            var duplicates = new List<int>();
            long updated = 0, unchanged = 0, existing = 0;
            await using (var compare = new NpgsqlCommand(
                $"""
                SELECT s.station_id, s.parameter_id, s.observed_at, s.value, s.qualifier, s.row_no, o.value, o.qualifier, o.qc, o.batch_id, seen.station_id IS NOT NULL
                FROM water_import_stage s
                JOIN {WaterSchemaSql.Observations} o USING (station_id, parameter_id, observed_at)
                LEFT JOIN water_import_seen seen USING (station_id, parameter_id, observed_at)
                """, connection))
            await using (var reader = await compare.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    existing++;
                    var value = new Value
                    {
                        Station = reader.GetInt32(0),
                        Parameter = reader.GetInt32(1),
                        Time = reader.GetInt64(2),
                        Number = reader.GetDouble(3),
                        Qualifier = reader.GetInt16(4),
                        Row = reader.GetInt32(5),
                    };
                    var (oldValue, oldQualifier, oldQc, oldBatch, seen) = (reader.GetDouble(6), reader.GetInt16(7), reader.GetInt16(8), reader.GetInt32(9), reader.GetBoolean(10));
                    if (oldBatch == batchId || seen)
                    {
                        duplicates.Add(value.Row);
                    }
                    else if (oldValue.Equals(value.Number) && oldQualifier == value.Qualifier)
                    {
                        unchanged++;
                    }
                    else
                    {
                        audit.Changed(value, oldValue, oldQualifier, oldQc, oldBatch, batchId, qc);
                        updated++;
                    }
                }
            }

            if (duplicates.Count > 0)
            {
                return new WriteResult(0, 0, 0, duplicates);
            }

            await using (var merge = new NpgsqlCommand(
                $"""
                INSERT INTO water_import_seen SELECT s.station_id, s.parameter_id, s.observed_at FROM water_import_stage s
                  JOIN {WaterSchemaSql.Observations} o USING (station_id, parameter_id, observed_at) ON CONFLICT DO NOTHING;
                INSERT INTO {WaterSchemaSql.Observations} (station_id, parameter_id, observed_at, value, qualifier, qc, batch_id)
                  SELECT station_id, parameter_id, observed_at, value, qualifier, {(short)qc}, {batchId} FROM water_import_stage
                  ON CONFLICT (station_id, parameter_id, observed_at) DO UPDATE
                  SET value = EXCLUDED.value, qualifier = EXCLUDED.qualifier, qc = EXCLUDED.qc, batch_id = EXCLUDED.batch_id
                  WHERE {WaterSchemaSql.Observations}.value IS DISTINCT FROM EXCLUDED.value OR {WaterSchemaSql.Observations}.qualifier IS DISTINCT FROM EXCLUDED.qualifier;
                """, connection))
            {
                await merge.ExecuteNonQueryAsync(cancellationToken);
            }

            return new WriteResult(sorted.Length - existing, updated, unchanged, []);
        }

        /// <summary>Whether any value of the batch's series already exists within the batch's time span (one index probe per series).</summary>
        private async Task<bool> AnyStoredAsync(Value[] sorted, CancellationToken cancellationToken)
        {
            var series = new List<(int Station, int Parameter)>();
            long from = long.MaxValue, to = long.MinValue;
            foreach (var value in sorted)
            {
                if (series.Count == 0 || series[^1] != (value.Station, value.Parameter))
                {
                    series.Add((value.Station, value.Parameter));
                }

                from = Math.Min(from, value.Time);
                to = Math.Max(to, value.Time);
            }

            await using var probe = new NpgsqlCommand(
                $"""
                SELECT EXISTS (SELECT 1 FROM unnest(@stations, @parameters) AS k(station_id, parameter_id)
                  WHERE EXISTS (SELECT 1 FROM {WaterSchemaSql.Observations} o
                    WHERE o.station_id = k.station_id AND o.parameter_id = k.parameter_id AND o.observed_at BETWEEN @from AND @to))
                """, connection);
            probe.Parameters.AddWithValue("stations", series.Select(s => s.Station).ToArray());
            probe.Parameters.AddWithValue("parameters", series.Select(s => s.Parameter).ToArray());
            probe.Parameters.AddWithValue("from", from);
            probe.Parameters.AddWithValue("to", to);
            return (bool)(await probe.ExecuteScalarAsync(cancellationToken))!;
        }

        public Task EndAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Counts and hashes what is read, for progress and for the batch's SHA-256.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _read;

        public long BytesRead => Volatile.Read(ref _read);

        public string Hash() => Convert.ToHexStringLower(_hash.GetCurrentHash());

        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _hash.AppendData(buffer[..n]);
            Interlocked.Add(ref _read, n);
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
