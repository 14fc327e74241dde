using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Registries;

/// <summary>
/// Computes an indicator's values for a year from its registry — indicator 1 from the park register on
/// 31/12, indicators 2 and 3 from the waste statistics — for every province valid on 31/12. Values
/// entered by hand are never overwritten; computed ones are refreshed.
/// </summary>
public sealed class ComputeIndicatorValues(AppDbContext db, TimeProvider clock)
{
    public sealed record Request(int? Year, bool Approve = false);

    public sealed record Line(string Unit, string Name, decimal? Numerator, decimal? Denominator, string Outcome);

    public async Task<UseCaseResult<IReadOnlyList<Line>>> RunAsync(string code, Request request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!(user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin)))
        {
            return UseCaseResult.Forbidden("Chỉ Vụ Kế hoạch - Tài chính mới tính số liệu từ sổ đăng ký.", "Only the coordinator computes values from a registry.");
        }

        var indicator = await db.Indicators.WithCode(i => i.Code, code).SingleOrDefaultAsync(ct);
        if (indicator is null)
        {
            return UseCaseResult.NotFound($"Không có chỉ tiêu {code}.", $"No indicator {code}.");
        }

        var today = VietnamTime.Today(clock);
        if (indicator.RegistrySource is null)
        {
            return UseCaseResult.Invalid("Chỉ tiêu này không tính từ sổ đăng ký.", "This indicator is not computed from a registry.");
        }

        if (request.Year is not { } year || year < 2000 || year > today.Year)
        {
            return UseCaseResult.Invalid("Năm không hợp lệ.", "The year is not valid.");
        }

        var lines = await ApplyAsync(indicator, year, request.Approve ? ValueState.Approved : ValueState.Submitted, user.Identity?.Name ?? "?", demo: false, ct);
        await db.SaveChangesAsync(ct);
        return UseCaseResult.Done<IReadOnlyList<Line>>(lines);
    }

    /// <summary>Computes and stores the values (not saved yet); also used by the demo data.</summary>
    internal async Task<List<Line>> ApplyAsync(Indicator indicator, int year, ValueState state, string actor, bool demo, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, ct);
        var geography = new IndicatorGeography(directory, today);
        var yearEnd = IndicatorGeography.YearEnd(year);
        var day = yearEnd > today ? today : yearEnd;
        var units = geography.RegionInputs(year, includeLongAn: true);
        var figures = new Dictionary<int, (decimal Numerator, decimal Denominator, string Source)>();
        if (indicator.RegistrySource == "parks")
        {
            var parks = await db.IndustrialParks.AsNoTracking().Include(p => p.Checks).ToListAsync(ct);
            foreach (var group in ParkRegistry.OnDay(parks, directory, day).Where(p => p.Operating).GroupBy(p => p.Holder.Id))
            {
                figures[group.Key] = (group.Count(p => p.Compliant), group.Count(),
                    $"Tính từ sổ đăng ký KCN, KCX ngày {day:dd/MM/yyyy}: {group.Count(p => p.Compliant)}/{group.Count()} KCN đạt chuẩn");
            }
        }
        else
        {
            var stats = await db.WasteStatistics.AsNoTracking().Where(w => w.Year == year).ToListAsync(ct);
            foreach (var stat in stats)
            {
                var (n, d) = indicator.RegistrySource == "waste-urban" ? (stat.UrbanTreated, stat.UrbanGenerated) : (stat.HazardousTreated, stat.HazardousGenerated);
                if (n is { } numerator && d is { } denominator && denominator > 0)
                {
                    figures[stat.UnitId] = (numerator, denominator, $"Tính từ thống kê chất thải năm {year}" + (stat.Source is { } s ? " (" + s + ")" : ""));
                }
            }
        }

        var existing = await db.IndicatorValues.Where(v => v.IndicatorId == indicator.Id && v.Year == year && v.UnitId != null).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = new List<Line>();
        foreach (var unit in units)
        {
            if (!figures.TryGetValue(unit.Id, out var figure))
            {
                lines.Add(new Line(unit.Code, unit.Name, null, null, "Không có số liệu trong sổ đăng ký"));
                continue;
            }

            var row = existing.FirstOrDefault(v => v.UnitId == unit.Id);
            if (row is not null && row.Origin != ValueOrigin.Registry)
            {
                lines.Add(new Line(unit.Code, unit.Name, figure.Numerator, figure.Denominator, "Giữ giá trị đã nhập (không ghi đè)"));
                continue;
            }

            if (row is null)
            {
                row = new IndicatorValue { IndicatorId = indicator.Id, SeriesKey = IndicatorValue.KeyFor(unit.Id), Year = year, EnteredBy = actor };
                db.IndicatorValues.Add(row);
            }

            row.Series = ValueSeries.Unit;
            row.UnitId = unit.Id;
            row.Numerator = figure.Numerator;
            row.Denominator = figure.Denominator;
            row.Value = Math.Round(100m * figure.Numerator / figure.Denominator, 4);
            row.Source = figure.Source;
            row.Origin = ValueOrigin.Registry;
            row.State = state;
            row.IsDemo = demo;
            (row.ReviewedBy, row.ReviewedAt) = state == ValueState.Approved ? (actor, now) : ((string?)null, (DateTime?)null);
            row.EnteredBy = actor;
            row.EnteredAt = now;
            row.Version++;
            lines.Add(new Line(unit.Code, unit.Name, figure.Numerator, figure.Denominator, "Đã tính"));
        }

        return lines;
    }
}
