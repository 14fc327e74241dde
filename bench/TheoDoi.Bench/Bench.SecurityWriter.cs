/// <summary>
/// The bench's fast loader: rows in key order straight into the observations table (SQLite one prepared
/// INSERT a row, committed every million; PostgreSQL one binary COPY). Values are raw (qc 0), batch 1.
/// </summary>
internal sealed class ObservationWriter : IAsyncDisposable
{
    private const int CommitEvery = 1_000_000;
    private readonly SqliteConnection? _sqlite;
    private readonly NpgsqlConnection? _postgres;
    private SqliteTransaction? _transaction;
    private SqliteCommand? _insert;
    private NpgsqlBinaryImporter? _copy;

    private ObservationWriter(SqliteConnection? sqlite, NpgsqlConnection? postgres) => (_sqlite, _postgres) = (sqlite, postgres);

    public long Written { get; private set; }

    public static async Task<ObservationWriter> OpenAsync(DataOptions data)
    {
        if (data.Provider == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteConnection(data.ConnectionString);
            await sqlite.OpenAsync();
            await using (var pragma = sqlite.CreateCommand())
            {
                pragma.CommandText = "PRAGMA synchronous=NORMAL;";
                await pragma.ExecuteNonQueryAsync();
            }

            var writer = new ObservationWriter(sqlite, null);
            writer.Begin();
            return writer;
        }

        var postgres = new NpgsqlConnection(data.ConnectionString);
        await postgres.OpenAsync();
        return new ObservationWriter(null, postgres)
        {
            _copy = await postgres.BeginBinaryImportAsync($"COPY {WaterSchemaSql.Observations} FROM STDIN (FORMAT BINARY)"),
        };
    }

    public ValueTask WriteAsync(int station, int parameter, long time, double value)
    {
        Written++;
        if (_copy is { } copy)
        {
            copy.StartRow();
            copy.Write(station, NpgsqlDbType.Integer);
            copy.Write(parameter, NpgsqlDbType.Integer);
            copy.Write(time, NpgsqlDbType.Bigint);
            copy.Write(value, NpgsqlDbType.Double);
            copy.Write((short)0, NpgsqlDbType.Smallint);
            copy.Write((short)0, NpgsqlDbType.Smallint);
            copy.Write(1, NpgsqlDbType.Integer);
            return ValueTask.CompletedTask;
        }

        var p = _insert!.Parameters;
        (p[0].Value, p[1].Value, p[2].Value, p[3].Value) = (station, parameter, time, value);
        _insert.ExecuteNonQuery();
        if (Written % CommitEvery == 0)
        {
            _transaction!.Commit();
            Begin();
        }

        return ValueTask.CompletedTask;
    }

    public async Task CompleteAsync()
    {
        if (_copy is { } copy)
        {
            await copy.CompleteAsync();
            await copy.DisposeAsync();
            _copy = null;
            // As autovacuum would soon after a load: the planner's statistics of the new rows.
            await using var analyze = new NpgsqlCommand("ANALYZE", _postgres);
            await analyze.ExecuteNonQueryAsync();
            return;
        }

        _transaction!.Commit();
        _transaction.Dispose();
        _transaction = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.DisposeAsync();
        }

        _insert?.Dispose();
        _transaction?.Dispose();
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private void Begin()
    {
        _insert?.Dispose();
        _transaction?.Dispose();
        _transaction = _sqlite!.BeginTransaction();
        _insert = _sqlite.CreateCommand();
        _insert.Transaction = _transaction;
        _insert.CommandText = $"INSERT INTO {WaterSchemaSql.Observations} VALUES ($s, $p, $t, $v, 0, 0, 1)";
        _insert.Parameters.Add("$s", SqliteType.Integer);
        _insert.Parameters.Add("$p", SqliteType.Integer);
        _insert.Parameters.Add("$t", SqliteType.Integer);
        _insert.Parameters.Add("$v", SqliteType.Real);
        _insert.Prepare();
    }
}
