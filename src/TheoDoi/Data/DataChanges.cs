using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TheoDoi.Data;

/// <summary>
/// Tells who listens (the web app's cache of public pages) which area of the stored data changed —
/// the feature folder of each changed entity ("Indicators", "Water", …) — after it is committed:
/// after SaveChanges outside a transaction, or when the transaction commits. A commit whose writes
/// EF did not see (raw SQL: the water import's values, recomputed indices) reports
/// <see cref="Unknown"/>, which a listener takes as "anything may have changed".
/// </summary>
public sealed class DataChanges
{
    public const string Unknown = "*";

    private readonly List<Action<IReadOnlySet<string>>> _listeners = [];

    public void Subscribe(Action<IReadOnlySet<string>> listener)
    {
        lock (_listeners)
        {
            _listeners.Add(listener);
        }
    }

    public void Raise(IReadOnlySet<string> areas)
    {
        Action<IReadOnlySet<string>>[] listeners;
        lock (_listeners)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            listener(areas);
        }
    }

    /// <summary>The area of an entity: its feature folder (namespace TheoDoi.&lt;Area&gt;).</summary>
    public static string AreaOf(Type entity)
    {
        var name = entity.Namespace ?? "";
        if (name.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal))
        {
            return "Accounts"; // roles and claims of the accounts
        }

        var parts = name.Split('.');
        return parts.Length > 1 && parts[0] == "TheoDoi" ? parts[1] : Unknown;
    }
}

/// <summary>
/// Raises <see cref="DataChanges"/> when EF Core saved or committed. Registered before the audit
/// interceptor, so that it has noted a save's areas when the audit commits the save's own transaction.
/// </summary>
public sealed class DataChangeInterceptor(DataChanges changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RaiseUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RaiseUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var areas = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                areas.Add(DataChanges.AreaOf(entry.Metadata.ClrType));
            }
        }
    }

    private void RaiseUnlessInTransaction(DbContext? context)
    {
        // Inside a transaction the commit raises it: the data is not visible before.
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Raise(context, ifNone: null);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null)
        {
            Raise(context, ifNone: DataChanges.Unknown);
        }
    }

    private void Raise(DbContext context, string? ifNone)
    {
        var areas = _pending.TryGetValue(context, out var noted) ? noted : [];
        _pending.Remove(context);
        if (areas.Count == 0 && ifNone is not null)
        {
            areas = [ifNone];
        }

        if (areas.Count > 0)
        {
            changes.Raise(areas);
        }
    }

    private void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
