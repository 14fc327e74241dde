using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
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
/// changed value) and kept as a version for the partners' changes feed (one INSERT … SELECT per batch,
/// see <see cref="ValueVersionsSql"/>). New values are not audited one by one: the import batch is (who, when, file, SHA-256,
/// counts), and every value points to the batch that last set it. A key given twice in the file is an
/// error, found in memory within a batch and through the database across batches.
/// </para>
/// </remarks>
public sealed partial class ImportObservations(AppDbContext db, TimeProvider clock, AuditActor actor, DataOptions data)
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

    /// <summary>Imports the file in <paramref name="stream"/> (read once; its length, when known, drives progress).</summary>
    public async Task<Summary> RunAsync(Stream stream, Request request, IProgress<Progress>? progress = null, CancellationToken cancellationToken = default)
    {
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
            var stamp = new VersionStamp(batch.StartedAt, actor.Name);
            var writer = data.Provider == DatabaseProvider.Postgres
                ? (IValueWriter)new PostgresWriter((NpgsqlConnection)connection, batch.Id, request.Qc, stamp)
                : new SqliteWriter((SqliteConnection)connection, (SqliteTransaction)transaction.GetDbTransaction(), batch.Id, request.Qc, stamp);
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
                        Fail(new CsvError(second.Row, null, new(
                            $"Trùng lặp: cùng trạm, thông số và thời gian với dòng {first.Row}.",
                            $"duplicate: the same station, parameter and time as row {first.Row}")));
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
                    Fail(new CsvError(duplicate, null, new(
                        "Trùng lặp: cùng trạm, thông số và thời gian với một dòng trước đó của tệp này.",
                        "duplicate: the same station, parameter and time as an earlier row of this file")));
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
                    fail(new CsvError(row.Row, ObservationCsv.StationColumn, new(
                        $"Trạm '{observation.Station}' chưa có trong danh mục; hãy khai báo trạm trước (bằng tệp danh sách trạm hoặc trên trang các trạm).",
                        $"unknown station '{observation.Station}'; register it first (a station file, or the stations page)")));
                    continue;
                }

                if (!parameters.TryGetValue(observation.Parameter, out var parameter))
                {
                    fail(new CsvError(row.Row, ObservationCsv.ParameterColumn, new(
                        $"Thông số '{observation.Parameter}' chưa có trong danh mục của hệ thống.",
                        $"parameter '{observation.Parameter}' is not in the catalogue")));
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
}
