/// <summary>The raw-driver baseline the import rate is compared with.</summary>
internal static partial class Bench
{
    /// <summary>The raw driver alone: the same rows, same order, the same batch sorting, into an identical table.</summary>
    private static async Task<double> BaselineAsync(DataOptions data, long values)
    {
        var batch = new List<(int Station, int Parameter, long Time, double Value)>(ImportObservations.BatchSize);
        var watch = Stopwatch.StartNew();
        if (data.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(data.ConnectionString);
            await connection.OpenAsync();
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = WaterSchemaSql.Up(false).Replace(WaterSchemaSql.Observations, "bench_baseline", StringComparison.Ordinal) + "PRAGMA synchronous=NORMAL;";
                await create.ExecuteNonQueryAsync();
            }

            watch.Restart();
            await using var transaction = connection.BeginTransaction();
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO bench_baseline VALUES ($s, $p, $t, $v, 0, 0, 1)";
            var (ps, pp, pt, pv) = (insert.Parameters.Add("$s", SqliteType.Integer), insert.Parameters.Add("$p", SqliteType.Integer), insert.Parameters.Add("$t", SqliteType.Integer), insert.Parameters.Add("$v", SqliteType.Real));
            insert.Prepare();
            void Flush()
            {
                batch.Sort();
                foreach (var row in batch)
                {
                    (ps.Value, pp.Value, pt.Value, pv.Value) = (row.Station, row.Parameter, row.Time, row.Value);
                    insert.ExecuteNonQuery();
                }

                batch.Clear();
            }

            foreach (var (s, p, step) in Feed(values))
            {
                batch.Add((s + 1000, p + 1, s_start.AddMinutes(5 * step).ToUnixTimeSeconds(), ValueOf(step, s, p)));
                if (batch.Count == ImportObservations.BatchSize)
                {
                    Flush();
                }
            }

            Flush();
            await transaction.CommitAsync();
        }
        else
        {
            await using var connection = new NpgsqlConnection(data.ConnectionString);
            await connection.OpenAsync();
            await using (var create = new NpgsqlCommand(WaterSchemaSql.Up(true).Replace(WaterSchemaSql.Observations, "bench_baseline", StringComparison.Ordinal), connection))
            {
                await create.ExecuteNonQueryAsync();
            }

            watch.Restart();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var copy = await connection.BeginBinaryImportAsync("COPY bench_baseline FROM STDIN (FORMAT BINARY)"))
            {
                void Flush()
                {
                    batch.Sort();
                    foreach (var row in batch)
                    {
                        copy.StartRow();
                        copy.Write(row.Station, NpgsqlDbType.Integer);
                        copy.Write(row.Parameter, NpgsqlDbType.Integer);
                        copy.Write(row.Time, NpgsqlDbType.Bigint);
                        copy.Write(row.Value, NpgsqlDbType.Double);
                        copy.Write((short)0, NpgsqlDbType.Smallint);
                        copy.Write((short)0, NpgsqlDbType.Smallint);
                        copy.Write(1, NpgsqlDbType.Integer);
                    }

                    batch.Clear();
                }

                foreach (var (s, p, step) in Feed(values))
                {
                    batch.Add((s + 1000, p + 1, s_start.AddMinutes(5 * step).ToUnixTimeSeconds(), ValueOf(step, s, p)));
                    if (batch.Count == ImportObservations.BatchSize)
                    {
                        Flush();
                    }
                }

                Flush();
                await copy.CompleteAsync();
            }

            await transaction.CommitAsync();
        }

        return watch.Elapsed.TotalSeconds;
    }
}
