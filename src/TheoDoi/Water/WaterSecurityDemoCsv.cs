using System.Globalization;
using System.Text;

namespace TheoDoi.Water;

/// <summary>
/// The canonical long CSV (<c>station,time,parameter,value,unit,qualifier</c>) of the water-security
/// demo, split as the quality demo splits it: values before <see cref="Cutoff"/> go to the validated
/// file, later ones to the raw file, nothing after now.
/// </summary>
internal sealed class WaterSecurityDemoCsv(DateTimeOffset cutoff, DateTimeOffset now)
{
    private const string Header = "station,time,parameter,value,unit,qualifier\n";

    public DateTimeOffset Cutoff { get; } = cutoff;
    public DateTimeOffset Now { get; } = now;
    public StringBuilder Validated { get; } = new(Header);
    public StringBuilder Recent { get; } = new(Header);

    public void Add(string station, DateTimeOffset time, string parameter, double value, string unit, int decimals)
    {
        if (time > Now)
        {
            return;
        }

        (time < Cutoff ? Validated : Recent)
            .Append(station).Append(',')
            .Append(time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append(',')
            .Append(parameter).Append(',')
            .Append(Math.Round(value, decimals).ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(unit).Append(",\n");
    }

    /// <summary>Imports both files through the normal import (validated, then raw), named after <paramref name="filePrefix"/>; demo data that fails is a bug.</summary>
    public async Task ImportAsync(WaterImportRun run, string filePrefix, CancellationToken cancellationToken)
    {
        foreach (var (name, text, qc) in new[] { ("validated.csv", Validated, QcState.Validated), ("recent.csv", Recent, QcState.Raw) })
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
            var result = await run.RunAsync(stream, new ImportObservations.Request(filePrefix + name, qc, WaterDemoData.Source), cancellationToken: cancellationToken);
            if (!result.IsDone)
            {
                throw new InvalidOperationException("demo data rejected: " + string.Join("; ", result.Problems.Take(5).Select(p => p.Located().En)));
            }
        }
    }

    /// <summary>A standard normal draw (Box–Muller), for noise that looks like measurement and weather.</summary>
    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Phase of the day of year as a cosine peaking on <paramref name="peakDay"/> (1 at the peak, −1 half a year away).</summary>
    public static double Season(DateTimeOffset time, double peakDay) =>
        Math.Cos(2 * Math.PI * (time.DayOfYear - peakDay) / 365.25);

    /// <summary>
    /// A mixed semi-diurnal tide (M2, 12.42 h) whose range swells and shrinks over the spring–neap cycle
    /// (14.77 days): from −1 to 1, largest at spring tides. The phases are arbitrary (demo).
    /// </summary>
    public static double Tide(DateTimeOffset time)
    {
        var hours = time.ToUnixTimeSeconds() / 3600.0;
        var springNeap = 0.65 + 0.35 * Math.Cos(2 * Math.PI * hours / (14.77 * 24));
        return springNeap * Math.Sin(2 * Math.PI * hours / 12.42);
    }
}
