using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Texts;
using TheoDoi.Data;

namespace TheoDoi.Audit;

/// <summary>
/// Which record an audit entry is about, as a clerk names it — "Nhiệm vụ 6.2 – …", a unit's name, an
/// indicator code, "Báo cáo năm 2026 – Cục Môi trường", a station code — with a link to its page.
/// Names are loaded once per page for all entries of a type; a deleted record is named from the
/// values the entry itself kept.
/// </summary>
public static class AuditRecords
{
    public sealed record Record(string Name, string? Link);

    public static async Task<Dictionary<long, Record>> NameAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var names = new Dictionary<(string, string), Record>();
        List<int> Ids(string entity) => entries.Where(e => e.Entity == entity)
            .Select(e => int.TryParse(e.EntityKey, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        void Add(string entity, int id, string name, string? link) => names[(entity, id.ToString(CultureInfo.InvariantCulture))] = new(name, link);

        var task = new Bilingual("Nhiệm vụ", "Task").Pick();
        if (Ids("PlanItem") is { Count: > 0 } items)
        {
            foreach (var p in await db.PlanItems.AsNoTracking().Where(p => items.Contains(p.Id)).Select(p => new { p.Id, p.Code, p.Title }).ToListAsync(ct))
            {
                Add("PlanItem", p.Id, $"{task} {p.Code} – {p.Title}", "/tasks/" + p.Id.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (Ids("TaskAssignment") is { Count: > 0 } assignments)
        {
            foreach (var a in await db.TaskAssignments.AsNoTracking().Where(a => assignments.Contains(a.Id))
                .Select(a => new { a.Id, a.PlanItemId, a.PlanItem.Code, Unit = a.Unit.Name }).ToListAsync(ct))
            {
                Add("TaskAssignment", a.Id, $"{task} {a.Code} – {a.Unit}", "/tasks/" + a.PlanItemId.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (Ids("Unit") is { Count: > 0 } units)
        {
            foreach (var u in await db.Units.AsNoTracking().Where(u => units.Contains(u.Id)).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct))
            {
                Add("Unit", u.Id, u.Name, "/units/" + Uri.EscapeDataString(u.Code));
            }
        }

        if (Ids("Indicator") is { Count: > 0 } indicators)
        {
            foreach (var i in await db.Indicators.AsNoTracking().Where(i => indicators.Contains(i.Id)).Select(i => new { i.Id, i.Code }).ToListAsync(ct))
            {
                Add("Indicator", i.Id, i.Code, "/indicators/" + Uri.EscapeDataString(i.Code));
            }
        }

        if (Ids("IndicatorValue") is { Count: > 0 } values)
        {
            foreach (var v in await db.IndicatorValues.AsNoTracking().Where(v => values.Contains(v.Id))
                .Select(v => new { v.Id, v.Indicator.Code, v.Year, Unit = v.Unit != null ? v.Unit.Name : null }).ToListAsync(ct))
            {
                Add("IndicatorValue", v.Id, $"{v.Code} – {v.Unit ?? new Bilingual("Cả nước", "National").Pick()} – {v.Year}", "/indicators/" + Uri.EscapeDataString(v.Code));
            }
        }

        if (Ids("UnitReport") is { Count: > 0 } reports)
        {
            var year = new Bilingual("Báo cáo năm", "Report").Pick();
            foreach (var r in await db.UnitReports.AsNoTracking().Where(r => reports.Contains(r.Id))
                .Select(r => new { r.Id, r.Cycle.Year, r.Unit.Code, r.Unit.Name }).ToListAsync(ct))
            {
                Add("UnitReport", r.Id, $"{year} {r.Year} – {r.Name}", $"/reporting/{r.Year.ToString(CultureInfo.InvariantCulture)}/{Uri.EscapeDataString(r.Code)}");
            }
        }

        if (Ids("ReportingCycle") is { Count: > 0 } cycles)
        {
            var cycle = new Bilingual("Kỳ báo cáo năm", "Reporting cycle").Pick();
            foreach (var c in await db.ReportingCycles.AsNoTracking().Where(c => cycles.Contains(c.Id)).Select(c => new { c.Id, c.Year }).ToListAsync(ct))
            {
                Add("ReportingCycle", c.Id, $"{cycle} {c.Year}", "/reporting/" + c.Year.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (Ids("WaterStation") is { Count: > 0 } stations)
        {
            foreach (var s in await db.WaterStations.AsNoTracking().Where(s => stations.Contains(s.Id)).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct))
            {
                Add("WaterStation", s.Id, $"{s.Code} – {s.Name}", "/water/stations/" + Uri.EscapeDataString(s.Code));
            }
        }

        if (Ids("IndustrialPark") is { Count: > 0 } parks)
        {
            foreach (var p in await db.IndustrialParks.AsNoTracking().Where(p => parks.Contains(p.Id)).Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(ct))
            {
                Add("IndustrialPark", p.Id, $"{p.Code} – {p.Name}", "/registries/parks");
            }
        }

        if (Ids("WasteStatistic") is { Count: > 0 } waste)
        {
            foreach (var w in await db.WasteStatistics.AsNoTracking().Where(w => waste.Contains(w.Id)).Select(w => new { w.Id, w.Year, w.Unit.Name }).ToListAsync(ct))
            {
                Add("WasteStatistic", w.Id, $"{w.Name} – {w.Year}", "/registries/waste");
            }
        }

        var users = entries.Where(e => e.Entity == "AppUser").Select(e => e.EntityKey).Distinct().ToList();
        if (users.Count > 0)
        {
            foreach (var u in await db.Users.AsNoTracking().Where(u => users.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToListAsync(ct))
            {
                names[("AppUser", u.Id)] = new(u.UserName ?? u.Id, null);
            }
        }

        return entries.ToDictionary(e => e.Id, e => names.TryGetValue((e.Entity, e.EntityKey), out var record) ? record : FromValues(e));
    }

    /// <summary>A record gone from the database is named by the code, name or title its entry kept.</summary>
    private static Record FromValues(AuditEntry entry)
    {
        using var document = JsonDocument.Parse(entry.Changes);
        foreach (var property in new[] { "Code", "UserName", "Name", "Title", "FileName" })
        {
            if (document.RootElement.TryGetProperty(property, out var change))
            {
                var value = change.TryGetProperty("new", out var n) && n.ValueKind == JsonValueKind.String ? n
                    : change.TryGetProperty("old", out var o) && o.ValueKind == JsonValueKind.String ? o : default;
                if (value.ValueKind == JsonValueKind.String)
                {
                    return new($"{AuditLabels.Entity(entry.Entity)} {value.GetString()}", null);
                }
            }
        }

        return new($"{AuditLabels.Entity(entry.Entity)} #{entry.EntityKey}", null);
    }
}
