using Microsoft.EntityFrameworkCore;
using TheoDoi.Data;

namespace TheoDoi.Audit;

/// <summary>Filters over the audit trail, newest first, shared by the API and the page.</summary>
public sealed record AuditQuery(string? Entity = null, string? Key = null, string? Actor = null, long? Before = null, int Limit = 100)
{
    public const int MaxLimit = 500;

    public async Task<List<AuditEntry>> RunAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
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
            query = query.Where(a => a.Actor == Actor);
        }

        if (Before is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        // Ids grow with time, so "newest first" and keyset paging both use the id.
        return await query.OrderByDescending(a => a.Id).Take(Math.Clamp(Limit, 1, MaxLimit)).ToListAsync(cancellationToken);
    }
}
