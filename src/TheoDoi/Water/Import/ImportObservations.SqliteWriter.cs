using Microsoft.Data.Sqlite;
using TheoDoi.Core.Water;

namespace TheoDoi.Water;

public sealed partial class ImportObservations
{
    private sealed class SqliteWriter(SqliteConnection connection, SqliteTransaction transaction, int batchId, QcState qc, VersionStamp stamp) : IValueWriter
    {
        private SqliteCommand _insert = null!, _select = null!, _seen = null!, _update = null!, _changed = null!, _versions = null!;
        private SqliteParameter _s = null!, _p = null!, _t = null!, _v = null!, _q = null!;

        public async Task BeginAsync(CancellationToken cancellationToken)
        {
            await using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText = "CREATE TEMP TABLE IF NOT EXISTS water_import_seen (station_id INTEGER, parameter_id INTEGER, observed_at INTEGER, PRIMARY KEY (station_id, parameter_id, observed_at)) WITHOUT ROWID; DELETE FROM temp.water_import_seen; " +
                    // The old values of the keys a batch changes, turned into versions at the batch's end.
                    "CREATE TEMP TABLE IF NOT EXISTS water_import_changed (station_id INTEGER, parameter_id INTEGER, observed_at INTEGER, value REAL, qualifier INTEGER, qc INTEGER); DELETE FROM temp.water_import_changed;";
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            const string Key = "station_id = $s AND parameter_id = $p AND observed_at = $t";
            _insert = Command($"INSERT INTO {WaterSchemaSql.Observations} (station_id, parameter_id, observed_at, value, qualifier, qc, batch_id) VALUES ($s, $p, $t, $v, $q, {(short)qc}, {batchId}) ON CONFLICT DO NOTHING");
            (_s, _p, _t, _v, _q) = (_insert.Parameters[0], _insert.Parameters[1], _insert.Parameters[2], _insert.Parameters[3], _insert.Parameters[4]);
            _select = Command($"SELECT value, qualifier, qc, batch_id FROM {WaterSchemaSql.Observations} WHERE {Key}");
            _seen = Command("INSERT INTO temp.water_import_seen VALUES ($s, $p, $t) ON CONFLICT DO NOTHING");
            _update = Command($"UPDATE {WaterSchemaSql.Observations} SET value = $v, qualifier = $q, qc = {(short)qc}, batch_id = {batchId} WHERE {Key}");
            _changed = Command("INSERT INTO temp.water_import_changed VALUES ($s, $p, $t, $v, $q, $c)");
            _changed.Parameters.Add(new SqliteParameter("$c", 0));
            _versions = Command(
                $"""
                INSERT INTO {ValueVersionsSql.Table} ({ValueVersionsSql.Columns})
                  SELECT c.station_id, c.parameter_id, c.observed_at, c.value, o.value, c.qualifier, o.qualifier, c.qc, o.qc, {(short)ValueChangeKind.Corrected}, $at, {batchId}, $actor, NULL
                  FROM temp.water_import_changed c JOIN {WaterSchemaSql.Observations} o USING (station_id, parameter_id, observed_at);
                DELETE FROM temp.water_import_changed;
                """);
            _versions.Parameters.Add(new SqliteParameter("$at", stamp.At));
            _versions.Parameters.Add(new SqliteParameter("$actor", stamp.Actor));
            foreach (var command in new[] { _insert, _select, _seen, _update, _changed })
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
                (_changed.Parameters[0].Value, _changed.Parameters[1].Value, _changed.Parameters[2].Value) = (value.Station, value.Parameter, value.Time);
                (_changed.Parameters[3].Value, _changed.Parameters[4].Value, _changed.Parameters[5].Value) = (oldValue, oldQualifier, oldQc);
                _changed.ExecuteNonQuery();
                audit.Changed(value, oldValue, oldQualifier, oldQc, oldBatch, batchId, qc);
                updated++;
            }

            if (updated > 0)
            {
                _versions.ExecuteNonQuery(); // one INSERT … SELECT for the batch's corrections
            }

            return Task.FromResult(new WriteResult(inserted, updated, unchanged, duplicates));
        }

        public async Task EndAsync(CancellationToken cancellationToken)
        {
            foreach (var command in new[] { _insert, _select, _seen, _update, _changed, _versions })
            {
                if (command is not null)
                {
                    await command.DisposeAsync();
                }
            }
        }
    }
}
