using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water;
using TheoDoi.Core.Water.Security;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// Replaces a reservoir's level–volume table (CSV <c>level_m,volume_hm3</c>, issue 9) as a whole: every
/// row is checked first (numbers, no negative volume, both columns strictly increasing) and any problem
/// refuses the file naming its row and column, with nothing written. The rows are entities, so the
/// AuditInterceptor records the old rows' removal and the new ones. Volume is read from level linearly
/// between rows (docs/reference/water-security.md, BoM Water Storage).
/// </summary>
public sealed class ReplaceLevelVolume(AppDbContext db)
{
    public static readonly string[] Columns = ["level_m", "volume_hm3"];

    /// <summary>A generous bound: real tables have tens to a few hundred rows.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Done with the number of rows stored; refused as Invalid with every problem by row and column.</summary>
    public async Task<UseCaseResult<int>> RunAsync(string stationCode, TextReader reader, CancellationToken cancellationToken = default)
    {
        var station = await db.WaterStations.WithCode(s => s.Code, stationCode).SingleOrDefaultAsync(cancellationToken);
        if (station is null)
        {
            return UseCaseResult.NotFound($"Không có trạm {stationCode}.", $"No station {stationCode}.");
        }

        if (station.Type != StationType.Reservoir)
        {
            return UseCaseResult.Invalid(
                $"Trạm {station.Code} không phải hồ chứa (loại trạm reservoir): chỉ hồ chứa có bảng mực nước – dung tích.",
                $"Station {station.Code} is not a reservoir (type reservoir): only reservoirs have a level–volume table.");
        }

        var (rows, errors) = await ReadAsync(reader, cancellationToken);
        if (errors.Count > 0)
        {
            return UseCaseResult.Refused(Outcome.Invalid, errors);
        }

        if (LevelVolumeTable.Build([.. rows.Select(r => r.Row)]) is { IsComputed: false } refused)
        {
            // ReadAsync already checks the order by file row; this is the Core rule's last word (fewer than 2 rows).
            return UseCaseResult.Refused(Outcome.Invalid, [new RowProblem(rows.Count + 1, null, refused.Refusal!.Vi, refused.Refusal.En)]);
        }

        var set = db.Set<WaterLevelVolume>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        set.RemoveRange(await set.Where(r => r.StationId == station.Id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        set.AddRange(rows.Select(r => new WaterLevelVolume { StationId = station.Id, LevelM = r.Row.LevelM, VolumeHm3 = r.Row.VolumeHm3 }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return UseCaseResult.Done(rows.Count);
    }

    /// <summary>The stored table of a station, in level order (empty when none).</summary>
    public static async Task<IReadOnlyList<LevelVolumeRow>> LoadAsync(AppDbContext db, int stationId, CancellationToken cancellationToken) =>
        await db.Set<WaterLevelVolume>().AsNoTracking().Where(r => r.StationId == stationId).OrderBy(r => r.LevelM)
            .Select(r => new LevelVolumeRow(r.LevelM, r.VolumeHm3)).ToListAsync(cancellationToken);

    private static async Task<(List<(int FileRow, LevelVolumeRow Row)> Rows, List<LocatedProblem> Errors)> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<(int, LevelVolumeRow)>();
        var errors = new List<LocatedProblem>();
        var header = CsvRecordReader.Split((await reader.ReadLineAsync(cancellationToken) ?? "").TrimStart('\uFEFF')).Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Columns))
        {
            errors.Add(new RowProblem(1, null,
                $"Dòng tiêu đề phải là {string.Join(",", Columns)} (mực nước m, dung tích triệu m³).",
                $"the header must be {string.Join(",", Columns)} (level m, volume hm³)"));
            return (rows, errors);
        }

        var row = 1;
        (int Row, LevelVolumeRow Value)? previous = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            row++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (rows.Count >= MaxRows)
            {
                errors.Add(new RowProblem(row, null, $"Bảng có quá {MaxRows} dòng.", $"the table has more than {MaxRows} rows"));
                break;
            }

            var fields = CsvRecordReader.Split(line);
            var level = Number(row, "level_m", fields.Count > 0 ? fields[0].Trim() : "", errors);
            var volume = Number(row, "volume_hm3", fields.Count > 1 ? fields[1].Trim() : "", errors);
            if (volume < 0)
            {
                errors.Add(new RowProblem(row, "volume_hm3", "Dung tích không thể âm.", "a volume cannot be negative"));
                continue;
            }

            if (level is not { } l || volume is not { } v)
            {
                continue;
            }

            if (previous is { } p && l <= p.Value.LevelM)
            {
                errors.Add(new RowProblem(row, "level_m",
                    $"Mực nước phải tăng dần: {l.ToString(CultureInfo.InvariantCulture)} m không lớn hơn {p.Value.LevelM.ToString(CultureInfo.InvariantCulture)} m ở dòng {p.Row}.",
                    $"levels must increase: {l.ToString(CultureInfo.InvariantCulture)} m is not above {p.Value.LevelM.ToString(CultureInfo.InvariantCulture)} m on row {p.Row}"));
            }
            else if (previous is { } q && v <= q.Value.VolumeHm3)
            {
                errors.Add(new RowProblem(row, "volume_hm3",
                    $"Dung tích phải tăng dần theo mực nước: {v.ToString(CultureInfo.InvariantCulture)} không lớn hơn {q.Value.VolumeHm3.ToString(CultureInfo.InvariantCulture)} ở dòng {q.Row}.",
                    $"volumes must increase with level: {v.ToString(CultureInfo.InvariantCulture)} is not above {q.Value.VolumeHm3.ToString(CultureInfo.InvariantCulture)} on row {q.Row}"));
            }

            previous = (row, new LevelVolumeRow(l, v));
            rows.Add((row, new LevelVolumeRow(l, v)));
        }

        return (rows, errors);
    }

    private static decimal? Number(int row, string column, string text, List<LocatedProblem> errors)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new RowProblem(row, column,
            text.Length == 0 ? "Ô trống; cần một số." : $"'{text}' không phải một số (dấu chấm thập phân, ví dụ 62.5).",
            text.Length == 0 ? "empty; a number is needed" : $"'{text}' is not a number (decimal point, e.g. 62.5)"));
        return null;
    }
}
