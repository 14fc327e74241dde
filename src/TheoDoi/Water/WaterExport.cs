using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Water;
using TheoDoi.Data;

namespace TheoDoi.Water;

/// <summary>
/// Data sharing: a station's validated observations of a period as the canonical CSV (docs/DESIGN.md); the
/// WaterML 2.0 twin is <see cref="WaterMlExport"/>. Streams from the database to the response: rows are read in
/// key order and written as they come.
/// </summary>
public static class WaterExport
{
    private static string Time(long time) => WaterQueries.Local(time).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static IAsyncEnumerable<WaterObservation> Validated(AppDbContext db, int stationId, long from, long to) =>
        db.WaterObservations.AsNoTracking()
            .Where(o => o.StationId == stationId && o.ObservedAt >= from && o.ObservedAt <= to && o.Qc == (short)QcState.Validated)
            .OrderBy(o => o.ParameterId).ThenBy(o => o.ObservedAt)
            .AsAsyncEnumerable();

    public static async Task WriteCsvAsync(AppDbContext db, WaterStation station, long from, long to, Stream output, CancellationToken cancellationToken)
    {
        var parameters = await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await writer.WriteAsync(ObservationCsv.Header + "\n");
        var line = new StringBuilder();
        await foreach (var o in Validated(db, station.Id, from, to).WithCancellation(cancellationToken))
        {
            var parameter = parameters[o.ParameterId];
            line.Clear().Append(Csv(station.Code)).Append(',').Append(Time(o.ObservedAt)).Append(',').Append(Csv(parameter.Code)).Append(',')
                .Append(Number(o.Value)).Append(',').Append(Csv(parameter.Unit)).Append(',').Append(Measurement.Symbol((Qualifier)o.Qualifier)).Append('\n');
            await writer.WriteAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    // Codes and units are text: neutralised against formula injection (a station coded "=1+2").
    internal static string Csv(string raw) => SpreadsheetText.CsvField(raw);
}
