using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Water;

/// <summary>
/// Registers or updates stations from a CSV file (<c>--station-file</c>):
/// <c>code,name,kind,latitude,longitude,water_body,province,target_level,weighted</c> (kind periodic or
/// automatic; province the code of the province unit today; weighted true/false), and optionally
/// <c>type,aquifer,datum,threshold,capacity_hm3</c> (see <see cref="StationTypeColumns"/>). All or
/// nothing; changes go through EF and are audited.
/// </summary>
public sealed class ImportStations(AppDbContext db, TimeProvider clock)
{
    public static readonly string[] Columns = ["code", "name", "kind", "latitude", "longitude", "water_body", "province", "target_level", "weighted"];

    /// <summary>The optional columns of the station's type (issue 9); a file without them registers quality stations.</summary>
    public static readonly string[] OptionalColumns = ["type", "aquifer", "datum", "threshold", "capacity_hm3"];

    /// <summary>Done with the number of stations registered or updated, or refused (invalid) with every problem by row and column.</summary>
    public async Task<UseCaseResult<int>> RunAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var errors = new List<LocatedProblem>();
        var header = CsvRecordReader.Split(await reader.ReadLineAsync(cancellationToken) ?? "").Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return UseCaseResult.Refused(Outcome.Invalid, [new RowProblem(1, missing[0],
                $"Thiếu cột {string.Join(", ", missing)}; dòng tiêu đề phải là {string.Join(",", Columns)}.",
                $"missing column(s) {string.Join(", ", missing)}; expected {string.Join(",", Columns)}")]);
        }

        var basin = await db.WaterBasins.Where(b => b.ParentId != null).OrderBy(b => b.Id).FirstAsync(cancellationToken);
        var bodies = await db.WaterBodies.ToDictionaryAsync(b => b.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var today = Core.Time.VietnamTime.Today(clock);
        var units = (await UnitDirectory.LoadAsync(db, cancellationToken)).ValidOn(today).Where(u => u.Kind == Units.UnitKind.Province).ToDictionary(u => u.Code);
        var row = 1;
        var registered = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            row++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = CsvRecordReader.Split(line);
            string F(string column) => header.IndexOf(column) is var i && i >= 0 && i < fields.Count ? fields[i].Trim() : "";
            var code = F("code");
            if (code.Length is 0 or > 32)
            {
                errors.Add(new RowProblem(row, "code", "Mã trạm phải có từ 1 đến 32 ký tự.", "station code must have 1–32 characters"));
                continue;
            }

            if (F("name").Length == 0)
            {
                errors.Add(new RowProblem(row, "name", "Tên trạm để trống.", "name is empty"));
            }

            if (!Enum.TryParse<StationKind>(F("kind"), ignoreCase: true, out var kind))
            {
                errors.Add(new RowProblem(row, "kind", "Cột kind phải ghi periodic (định kỳ) hoặc automatic (tự động).", "kind must be periodic or automatic"));
            }

            decimal? Coordinate(string column, decimal min, decimal max)
            {
                var text = F(column);
                if (text.Length == 0)
                {
                    return null;
                }

                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                {
                    errors.Add(new RowProblem(row, column,
                        $"'{text}' không phải giá trị {column} hợp lệ (từ {min} đến {max}).",
                        $"'{text}' is not a {column} between {min} and {max}"));
                }

                return value;
            }

            var latitude = Coordinate("latitude", -90, 90);
            var longitude = Coordinate("longitude", -180, 180);
            WaterBody? body = null;
            if (F("water_body") is { Length: > 0 } bodyCode && !bodies.TryGetValue(bodyCode, out body))
            {
                errors.Add(new RowProblem(row, "water_body", $"Thủy vực '{bodyCode}' không có trong danh mục.", $"unknown water body '{bodyCode}'"));
            }

            Unit? unit = null;
            if (F("province") is { Length: > 0 } province && !units.TryGetValue(province, out unit))
            {
                errors.Add(new RowProblem(row, "province", $"Hiện không có tỉnh, thành phố nào mang mã '{province}'.", $"no province with code '{province}' today"));
            }

            var target = F("target_level");
            if (target.Length > 0 && Qcvn08Tables.V2023.FindLevel(target) is null)
            {
                errors.Add(new RowProblem(row, "target_level",
                    $"'{target}' không phải một mức của QCVN 08:2023 (A, B, C, D).",
                    $"'{target}' is not a QCVN 08:2023 level (A, B, C, D)"));
            }

            var weighted = F("weighted");
            if (weighted.Length > 0 && !bool.TryParse(weighted, out _))
            {
                errors.Add(new RowProblem(row, "weighted", "Cột weighted phải ghi true hoặc false.", "weighted must be true or false"));
            }

            var typed = StationTypeColumns.Read(row, F, errors, header.Contains);
            if (errors.Count > 0)
            {
                continue;
            }

            var station = await db.WaterStations.Include(s => s.Units).SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
            if (station is null)
            {
                station = new WaterStation { Code = code, Name = F("name"), BasinId = body?.BasinId ?? basin.Id };
                db.WaterStations.Add(station);
            }

            station.Name = F("name");
            station.Kind = kind;
            station.Latitude = latitude;
            station.Longitude = longitude;
            station.WaterBodyId = body?.Id ?? station.WaterBodyId;
            station.BasinId = body?.BasinId ?? station.BasinId;
            station.TargetLevel = target.Length == 0 ? null : target.ToUpperInvariant();
            station.Weighted = weighted.Length > 0 && bool.Parse(weighted);
            if (typed is not null)
            {
                typed.ApplyTo(station);
            }

            registered++;
            if (unit is not null && station.Units.All(u => u.UnitId != unit.Id || u.ValidTo is not null))
            {
                foreach (var open in station.Units.Where(u => u.ValidTo is null))
                {
                    open.ValidTo = today.AddDays(-1);
                }

                station.Units.Add(new WaterStationUnit { UnitId = unit.Id, ValidFrom = today });
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return UseCaseResult.Refused(Outcome.Invalid, errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return UseCaseResult.Done(registered);
    }
}
