using TheoDoi.Core.Texts;

namespace TheoDoi.Core.Water;

/// <summary>The VN_WQI of one sample (station and sampling time) of a batch.</summary>
/// <param name="Time">The sampling time as the sample's first row wrote it (offset kept).</param>
/// <param name="FirstRow">The row number of the sample's first row, to point a reader back at the input.</param>
public sealed record WqiSampleOutcome(string Station, DateTimeOffset Time, int FirstRow, WqiResult Result);

/// <summary>
/// Turns canonical observation rows into one VN_WQI per sample, as <c>theodoi wqi FILE</c> does.
/// </summary>
/// <remarks>
/// <para>
/// A sample is a run of <b>consecutive</b> rows with the same station (compared exactly) and the same
/// instant (08:30+07:00 and 01:30Z are the same time). Files sorted by station and time, or grouped by
/// sample in any order, are read in one pass: memory holds the current sample's rows plus one key per
/// sample already finished, never the whole file. If a finished sample's key appears again later, that
/// row is reported as an error naming the row where the sample began; the earlier result has already
/// been produced, so a caller that needs all-or-nothing must fail the run on any error.
/// </para>
/// <para>
/// A rejected row whose station and time were readable belongs to its sample, which is then reported
/// not computable ("row N was rejected") rather than computed on fewer parameters than the file gave.
/// A rejected row whose station or time is unreadable cannot be placed and is only reported. A
/// parameter given twice in one sample is an error of the second row and also spoils the sample.
/// </para>
/// </remarks>
public static class WqiBatch
{
    /// <summary>Reads the canonical file from <paramref name="reader"/> and yields one outcome per sample.</summary>
    public static IEnumerable<WqiSampleOutcome> Run(TextReader reader, Action<CsvError> onError, Func<string, WqiOptions>? optionsForStation = null) =>
        Run(ObservationCsv.Read(reader), onError, optionsForStation);

    /// <summary>
    /// Groups rows into samples and yields one outcome per sample, lazily and in input order.
    /// <paramref name="onError"/> receives every input error (bad rows, repeated samples, repeated
    /// parameters) as it is met. <paramref name="optionsForStation"/> supplies each station's settings
    /// (weighted formula, required groups); null means the defaults for all.
    /// </summary>
    public static IEnumerable<WqiSampleOutcome> Run(IEnumerable<ObservationRow> rows, Action<CsvError> onError, Func<string, WqiOptions>? optionsForStation = null)
    {
        return RunLazily(rows, onError, optionsForStation ?? (_ => WqiOptions.Default));
    }

    private static IEnumerable<WqiSampleOutcome> RunLazily(IEnumerable<ObservationRow> rows, Action<CsvError> onError, Func<string, WqiOptions> optionsForStation)
    {
        var finished = new Dictionary<(string Station, long UtcTicks), int>();
        Sample? current = null;
        foreach (var row in rows)
        {
            foreach (var error in row.Errors)
            {
                onError(error);
            }

            if (row.Station is not { } station || row.Time is not { } time)
            {
                continue; // a row that cannot be placed in a sample is only reported
            }

            var key = (station, time.UtcTicks);
            if (current is null || current.Key != key)
            {
                if (current is not null)
                {
                    finished[current.Key] = current.FirstRow;
                    yield return current.Finish(optionsForStation);
                    current = null;
                }

                if (finished.TryGetValue(key, out var firstRow))
                {
                    onError(new CsvError(row.Row, null, new(
                        $"Mẫu {station} lúc {WqiReport.FormatTime(time)} đã kết thúc (bắt đầu ở dòng {firstRow}); các dòng của cùng một mẫu phải liền nhau.",
                        $"sample {station} at {WqiReport.FormatTime(time)} already ended (it began at row {firstRow}); the rows of one sample must be consecutive")));
                    continue;
                }

                current = new Sample(key, station, time, row.Row);
            }

            current.Add(row, onError);
        }

        if (current is not null)
        {
            yield return current.Finish(optionsForStation);
        }
    }

    private sealed class Sample((string, long) key, string station, DateTimeOffset time, int firstRow)
    {
        private readonly List<Measurement> _measurements = [];
        private readonly Dictionary<string, int> _rowOfParameter = new(StringComparer.Ordinal);
        private readonly List<int> _rejectedRows = [];

        public (string Station, long UtcTicks) Key { get; } = key;

        public int FirstRow { get; } = firstRow;

        public void Add(ObservationRow row, Action<CsvError> onError)
        {
            if (row.Observation is not { } observation)
            {
                _rejectedRows.Add(row.Row);
                return;
            }

            if (_rowOfParameter.TryGetValue(observation.Parameter, out var earlier))
            {
                onError(new CsvError(row.Row, ObservationCsv.ParameterColumn, new(
                    $"{observation.Parameter} được ghi hai lần cho mẫu này (lần đầu ở dòng {earlier}).",
                    $"{observation.Parameter} is given twice for this sample (first at row {earlier})")));
                _rejectedRows.Add(row.Row);
                return;
            }

            _rowOfParameter.Add(observation.Parameter, row.Row);
            _measurements.Add(observation.ToMeasurement());
        }

        public WqiSampleOutcome Finish(Func<string, WqiOptions> optionsForStation)
        {
            var result = _rejectedRows.Count == 0
                ? VnWqi.Compute(_measurements, optionsForStation(station))
                : WqiResult.NotComputable(_rejectedRows.Count == 1
                    ? new($"dòng {_rejectedRows[0]} của mẫu này bị từ chối", $"row {_rejectedRows[0]} of this sample was rejected")
                    : new($"các dòng {string.Join(", ", _rejectedRows)} của mẫu này bị từ chối", $"rows {string.Join(", ", _rejectedRows)} of this sample were rejected"));
            return new WqiSampleOutcome(station, time, FirstRow, result);
        }
    }
}
