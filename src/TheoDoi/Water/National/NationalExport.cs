using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water.National;

/// <summary>
/// The national water-resource database export (issue 10, item 7; Thông tư 64/2025/TT-BNNMT;
/// Nghị định 53/2024/NĐ-CP Art. 76–77 for what the database holds): a ZIP of UTF-8 CSV files, one a table —
/// the stations, their validated observations of the period and the licences valid in it — with the
/// columns of <see cref="NationalMapping"/>, plus the mapping file itself. Streamed: observations are
/// read in key order and written as they come, so a large store never sits in memory.
/// </summary>
public sealed class NationalExport(AppDbContext db, TimeProvider clock)
{
    public sealed record Request(DateOnly? From, DateOnly? To);

    /// <summary>The period checked and settled (default: the last twelve months), and the file's name.</summary>
    public sealed record Plan(DateOnly From, DateOnly To, string FileName);

    public UseCaseResult<Plan> Check(Request request)
    {
        var to = request.To ?? VietnamTime.Today(clock);
        var from = request.From ?? to.AddYears(-1).AddDays(1);
        if (from > to)
        {
            return UseCaseResult.Invalid($"Ngày bắt đầu ({from:dd/MM/yyyy}) sau ngày kết thúc ({to:dd/MM/yyyy}).", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}).");
        }

        return UseCaseResult.Done(new Plan(from, to, $"theodoi-tt64-2025_{from:yyyyMMdd}-{to:yyyyMMdd}.zip"));
    }

    public async Task WriteAsync(Plan plan, Stream output, CancellationToken ct)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, ct);
        var (from, to) = WaterQueries.Span(plan.From, plan.To);
        var stations = await db.WaterStations.AsNoTracking().Include(s => s.WaterBody).Include(s => s.Basin).Include(s => s.Units).ThenInclude(u => u.Unit)
            .OrderBy(s => s.Code).ToListAsync(ct);
        var codes = stations.ToDictionary(s => s.Id, s => s.Code);
        var today = VietnamTime.Today(clock);
        await TableAsync(zip, NationalMapping.Stations, NationalSources.Station,
            stations.Select(s => new NationalStation(s, WaterQueries.UnitOn(s, today)?.Code, s.Basin.Code)).ToAsyncEnumerable(), ct);

        var parameters = await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var observations = db.WaterObservations.AsNoTracking()
            .Where(o => o.ObservedAt >= from && o.ObservedAt <= to && o.Qc == (short)QcState.Validated)
            .OrderBy(o => o.StationId).ThenBy(o => o.ParameterId).ThenBy(o => o.ObservedAt)
            .AsAsyncEnumerable()
            .Select(o => new NationalObservation(codes[o.StationId], parameters[o.ParameterId], o));
        await TableAsync(zip, NationalMapping.Observations, NationalSources.Observation, observations, ct);

        var licences = db.WaterLicences.AsNoTracking().Where(l => l.ValidFrom <= plan.To && l.ValidTo >= plan.From).OrderBy(l => l.Number).AsAsyncEnumerable();
        await TableAsync(zip, NationalMapping.Licences, NationalSources.Licence, licences, ct);

        var mapping = zip.CreateEntry(NationalMapping.FileName, CompressionLevel.Optimal);
        await using (var stream = await mapping.OpenAsync(ct))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(NationalMapping.Text), ct);
        }
    }

    private static async Task TableAsync<T>(ZipArchive zip, string table, IReadOnlyDictionary<string, Func<T, string>> sources, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var columns = NationalSources.Columns(table, sources);
        var entry = zip.CreateEntry(table + ".csv", CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(ct);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        await writer.WriteLineAsync(string.Join(',', columns.Select(c => c.Name)));
        var line = new StringBuilder();
        await foreach (var row in rows.WithCancellation(ct))
        {
            line.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Read(row);
                // Numbers as they are (a negative level is not a formula); text neutralised and quoted.
                line.Append(i == 0 ? "" : ",").Append(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : WaterExport.Csv(value));
            }

            await writer.WriteLineAsync(line, ct);
        }

        await writer.FlushAsync(ct);
    }
}
