using Npgsql;
using NpgsqlTypes;
using TheoDoi.Core.Water;

namespace TheoDoi.Water;

public sealed partial class ImportObservations
{
    private sealed class PostgresWriter(NpgsqlConnection connection, int batchId, QcState qc, VersionStamp stamp) : IValueWriter
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

            // The versions first, while the table still holds the old values: only the keys that change.
            var versions = updated == 0 ? "" : $"""
                {ValueVersionsSql.Lock(postgres: true)}
                INSERT INTO {ValueVersionsSql.Table} ({ValueVersionsSql.Columns})
                  SELECT s.station_id, s.parameter_id, s.observed_at, o.value, s.value, o.qualifier, s.qualifier, o.qc, {(short)qc}, {(short)ValueChangeKind.Corrected}, @at, {batchId}, @actor, NULL
                  FROM water_import_stage s JOIN {WaterSchemaSql.Observations} o USING (station_id, parameter_id, observed_at)
                  WHERE o.value IS DISTINCT FROM s.value OR o.qualifier IS DISTINCT FROM s.qualifier;
                """;
            await using (var merge = new NpgsqlCommand(
                $"""
                {versions}
                INSERT INTO water_import_seen SELECT s.station_id, s.parameter_id, s.observed_at FROM water_import_stage s
                  JOIN {WaterSchemaSql.Observations} o USING (station_id, parameter_id, observed_at) ON CONFLICT DO NOTHING;
                INSERT INTO {WaterSchemaSql.Observations} (station_id, parameter_id, observed_at, value, qualifier, qc, batch_id)
                  SELECT station_id, parameter_id, observed_at, value, qualifier, {(short)qc}, {batchId} FROM water_import_stage
                  ON CONFLICT (station_id, parameter_id, observed_at) DO UPDATE
                  SET value = EXCLUDED.value, qualifier = EXCLUDED.qualifier, qc = EXCLUDED.qc, batch_id = EXCLUDED.batch_id
                  WHERE {WaterSchemaSql.Observations}.value IS DISTINCT FROM EXCLUDED.value OR {WaterSchemaSql.Observations}.qualifier IS DISTINCT FROM EXCLUDED.qualifier;
                """, connection))
            {
                merge.Parameters.AddWithValue("at", stamp.At);
                merge.Parameters.AddWithValue("actor", stamp.Actor);
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
}
