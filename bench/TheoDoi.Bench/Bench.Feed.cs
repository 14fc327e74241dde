/// <summary>The benchmark's data: 100 stations, ten parameters, one value each per 5-minute step, as the canonical CSV.</summary>
internal static partial class Bench
{
    public const int Stations = 100;
    public static readonly string[] Parameters = ["pH", "DO", "temp", "COD", "TSS", "NH4_N", "NO3_N", "EC", "coliform", "As"];
    private static readonly string[] s_units = ["", "mg/L", "°C", "mg/L", "mg/L", "mg/L", "mg/L", "µS/cm", "MPN/100mL", "µg/L"];
    private static readonly DateTimeOffset s_start = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private static string StationCode(int i) => "BENCH-" + (i + 1).ToString("000", CultureInfo.InvariantCulture);

    private static double ValueOf(long step, int station, int parameter) => Math.Round(5 + parameter + ((step * 7 + station * 13 + parameter) % 100) / 50.0, 2);

    /// <summary>Rows in feed order: each 5-minute step, every station, every parameter.</summary>
    private static IEnumerable<(int Station, int Parameter, long Step)> Feed(long values)
    {
        long n = 0;
        for (long step = 0; ; step++)
        {
            for (var s = 0; s < Stations; s++)
            {
                for (var p = 0; p < Parameters.Length; p++)
                {
                    if (n++ == values)
                    {
                        yield break;
                    }

                    yield return (s, p, step);
                }
            }
        }
    }

    private static async Task WriteFileAsync(string path, long values)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        await writer.WriteAsync(ObservationCsv.Header + "\n");
        var line = new StringBuilder();
        foreach (var (s, p, step) in Feed(values))
        {
            line.Clear().Append(StationCode(s)).Append(',').Append(s_start.AddMinutes(5 * step).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))
                .Append(',').Append(Parameters[p]).Append(',').Append(ValueOf(step, s, p).ToString(CultureInfo.InvariantCulture)).Append(',').Append(s_units[p]).Append(",\n");
            await writer.WriteAsync(line);
        }
    }
}
