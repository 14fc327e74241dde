using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Audit;

/// <summary>
/// Filters over the audit trail, newest first, shared by the API, the page and its export: record
/// type, record key, person, the person's unit, and a date range in Việt Nam days (both ends included).
/// </summary>
public sealed record AuditQuery(
    string? Entity = null, string? Key = null, string? Actor = null, long? Before = null, int Limit = 100,
    string? Unit = null, DateOnly? From = null, DateOnly? To = null)
{
    public const int MaxLimit = 500;

    /// <summary>The export takes the whole filtered list, bounded so a file stays openable.</summary>
    public const int MaxExport = 20_000;

    public async Task<List<AuditEntry>> RunAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        await (await FilterAsync(db, cancellationToken)).Take(Math.Clamp(Limit, 1, MaxLimit)).ToListAsync(cancellationToken);

    public async Task<List<AuditEntry>> ExportAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        await (await FilterAsync(db, cancellationToken)).Take(MaxExport).ToListAsync(cancellationToken);

    private async Task<IQueryable<AuditEntry>> FilterAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            query = query.Where(a => a.Entity == Entity);
        }

        if (!string.IsNullOrWhiteSpace(Key))
        {
            query = query.Where(a => a.EntityKey == Key);
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            query = query.Where(a => a.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(Unit))
        {
            // The unit's people: the accounts of that unit (codes match without regard to case).
            var people = await db.Users.AsNoTracking().Where(u => u.UnitCode != null).WithCode(u => u.UnitCode, Unit)
                .Select(u => u.UserName!).ToListAsync(cancellationToken);
            query = query.Where(a => people.Contains(a.Actor));
        }

        if (From is { } from)
        {
            var start = StartUtc(from);
            query = query.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = StartUtc(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        if (Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        // Ids grow with time, so "newest first" and keyset paging both use the id.
        return query.OrderByDescending(a => a.Id);
    }

    private static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnamTime.Zone);
}
