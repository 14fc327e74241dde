using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;

namespace TheoDoi.Reporting;

/// <summary>
/// A stale version is a conflict only when someone else saved in between: a person's own autosave
/// (another request of the same page, another tab) never counts as "someone else". Who saved which
/// version is read from the audit trail, which records every change of the report's version.
/// </summary>
public static class ReportVersions
{
    public static async Task<bool> SavedByOthersSinceAsync(AppDbContext db, UnitReport report, int version, string actor, CancellationToken cancellationToken)
    {
        if (version > report.Version || version < 0)
        {
            return true; // not a version this report ever had
        }

        var key = report.Id.ToString(CultureInfo.InvariantCulture);
        var others = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(UnitReport) && a.EntityKey == key && a.Action == AuditAction.Update && a.Actor != actor)
            .Select(a => a.Changes)
            .ToListAsync(cancellationToken);
        return others.Any(changes => NewVersion(changes) > version);
    }

    private static int? NewVersion(string changes)
    {
        using var json = JsonDocument.Parse(changes);
        return json.RootElement.TryGetProperty(nameof(UnitReport.Version), out var change)
            && change.TryGetProperty("new", out var value) && value.TryGetInt32(out var number)
                ? number
                : null;
    }
}
