using Microsoft.EntityFrameworkCore;

namespace TheoDoi.Data;

/// <summary>
/// Batch saves without a client version (indicator values, waste statistics: the last writer wins)
/// meet a save of the same rows that committed in between — two clerks, a form and a workbook —
/// as a version-token mismatch or a duplicate key. Under load that answered 500 (bench/load, issue
/// 12 item 14). The save is read and applied again to what is stored now, up to ten times, after a
/// random pause whose bound doubles each time ("full jitter": the writers spread out instead of
/// colliding again); then the caller's refusal is answered. Only outside an explicit transaction:
/// inside one, the transaction's owner decides (PostgreSQL aborts the whole transaction at the
/// first error anyway).
/// </summary>
public static class ConcurrentSave
{
    public const int Attempts = 10;

    public static async Task<T> RunAsync<T>(AppDbContext db, Func<Task<T>> save, Func<T> gaveUp, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await save();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await save();
            }
            catch (DbUpdateException)
            {
                // A version mismatch leaves the audit's own transaction open (EF calls no "failed"
                // hook for it): the retry must read what is committed now, not the half-applied batch.
                if (db.Database.CurrentTransaction is { } left)
                {
                    await left.RollbackAsync(CancellationToken.None);
                    await left.DisposeAsync();
                }

                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    return gaveUp();
                }
            }

            await Task.Delay(Random.Shared.Next(1, Math.Min(800, 10 << attempt)), cancellationToken);
        }
    }
}
