using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using TheoDoi.Core.SensorThings;
using TheoDoi.Core.Texts;

namespace TheoDoi.SensorThings;

/// <summary>Where a navigation leads: the target set's rows, already narrowed to the source entity.</summary>
/// <param name="TieBreak">The order that makes a page unique when <c>$orderby</c> leaves ties; one series needs only its time.</param>
public sealed record StaScope(IQueryable Query, IReadOnlyList<string>? TieBreak = null);

/// <summary>A navigation property of an entity type: <c>Thing/Datastreams</c> (many) or <c>Observation/Datastream</c> (one).</summary>
public sealed record StaNavigation(string Name, string Target, bool Many, Func<StaContext, object, StaScope> Scope);

/// <summary>One entity set seen without its row type, so paths and $expand can move from set to set.</summary>
public interface IStaSet
{
    string Name { get; }
    IReadOnlyDictionary<string, StaNavigation> Navigations { get; }
    StaScope All(StaContext context);

    /// <summary>The entity with this id, read along its own key where the set has one (an observation: one index seek).</summary>
    StaScope One(StaContext context, long id);
    Task<object?> FindAsync(StaContext context, StaScope scope, long? id, CancellationToken cancellationToken);
    Task<JsonObject> EntityAsync(StaContext context, object row, StaQueryOptions options, CancellationToken cancellationToken);
    Task<StaPage> PageAsync(StaContext context, StaScope scope, StaQueryOptions options, CancellationToken cancellationToken);
}

/// <summary>A page of a collection: the entities, the total when <c>$count=true</c>, and the options of the next page.</summary>
public sealed record StaPage(IReadOnlyList<JsonObject> Value, IReadOnlyList<object> Rows, long? Count, IReadOnlyList<KeyValuePair<string, string>>? Next);

/// <summary>
/// An entity set over rows of <typeparamref name="T"/>: $filter and $orderby become LINQ that EF runs
/// in SQL, pages are cut in the database, and the next page starts after the last row's sort keys
/// (keyset paging, so a deep page of a 10 M-value series is an index seek, not an OFFSET scan).
/// </summary>
public sealed class StaSet<T>(
    string name,
    Func<StaContext, IQueryable<T>> all,
    IReadOnlyDictionary<string, StaMemberMap> members,
    Func<T, long> id,
    Func<StaContext, T, CancellationToken, Task<JsonObject>> write,
    IReadOnlyList<StaNavigation> navigations,
    IReadOnlyList<string>? tieBreak = null,
    Func<StaContext, long, IQueryable<T>>? byId = null) : IStaSet
    where T : class
{
    public string Name => name;

    public IReadOnlyDictionary<string, StaNavigation> Navigations { get; } = navigations.ToDictionary(n => n.Name, StringComparer.Ordinal);

    public StaScope All(StaContext context) => new(all(context));

    public StaScope One(StaContext context, long wanted) =>
        new(byId is null ? all(context).Where(Equals(StaCatalog.Id, wanted)) : byId(context, wanted));

    public StaMember? Resolve(ParameterExpression row, string path) =>
        members.TryGetValue(path, out var member) ? new StaMember(member.Bind(row), member.IsTime) : null;

    public async Task<object?> FindAsync(StaContext context, StaScope scope, long? id, CancellationToken cancellationToken)
    {
        var query = (IQueryable<T>)scope.Query;
        if (id is { } wanted)
        {
            query = query.Where(Equals(StaCatalog.Id, wanted));
        }

        var rows = await ListAsync(query.Take(1), cancellationToken);
        return rows.FirstOrDefault();
    }

    public async Task<StaPage> PageAsync(StaContext context, StaScope scope, StaQueryOptions options, CancellationToken cancellationToken)
    {
        var query = (IQueryable<T>)scope.Query;
        if (options.Filter is { } filter)
        {
            query = query.Where(StaExpressionBuilder.Predicate<T>(filter, Resolve, context.Now));
        }

        long? count = options.Count ? await CountAsync(query, cancellationToken) : null;
        var keys = Keys(options, scope.TieBreak ?? tieBreak ?? [StaCatalog.Id], context.Now);
        var skip = options.Skip ?? 0;
        if (options.SkipToken is { } token)
        {
            query = query.Where(StaKeyset.After<T>(keys, StaKeyset.Decode(token, keys)));
            skip = 0;
        }

        var ordered = StaKeyset.Order(query, keys);
        var top = Math.Min(options.Top ?? context.Settings.DefaultTop, context.Settings.MaxTop);
        var rows = await ListAsync(ordered.Skip(skip).Take(top + 1), cancellationToken);
        List<KeyValuePair<string, string>>? next = null;
        if (rows.Count > top)
        {
            rows.RemoveAt(top);
            var last = rows[^1];
            next = options.Written.Where(o => o.Key is not ("$top" or "$skip" or "$skiptoken")).ToList();
            next.Add(new("$top", top.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            next.Add(StaKeyset.Encode(keys, last) is { } after
                ? new("$skiptoken", after)
                : new("$skip", (skip + top).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var value = new List<JsonObject>(rows.Count);
        foreach (var row in rows)
        {
            value.Add(await EntityAsync(context, row, options, cancellationToken));
        }

        return new StaPage(value, rows, count, next);
    }

    public async Task<JsonObject> EntityAsync(StaContext context, object row, StaQueryOptions options, CancellationToken cancellationToken)
    {
        var typed = (T)row;
        var self = context.Link(name, id(typed));
        var entity = new JsonObject { ["@iot.id"] = id(typed), ["@iot.selfLink"] = self };
        // The written nodes move into the entity (a node has one parent): no copy of each value.
        var written = await write(context, typed, cancellationToken);
        var properties = written.ToList();
        written.Clear();
        foreach (var (property, value) in properties)
        {
            entity[property] = value;
        }

        foreach (var navigation in navigations)
        {
            entity[navigation.Name + "@iot.navigationLink"] = $"{self}/{navigation.Name}";
        }

        if (options.Select is { } select)
        {
            StaSelect.Keep(entity, select, Navigations.Keys);
        }

        foreach (var expand in options.Expand)
        {
            if (!Navigations.TryGetValue(expand.Navigation, out var navigation))
            {
                throw new StaQueryException(new Bilingual($"{name} không có liên kết \"{expand.Navigation}\" để mở rộng.", $"{name} has no navigation \"{expand.Navigation}\" to expand."));
            }

            var target = StaCatalog.Set(navigation.Target);
            var targetScope = navigation.Scope(context, typed);
            if (navigation.Many)
            {
                var page = await target.PageAsync(context, targetScope, expand.Options, cancellationToken);
                entity[navigation.Name] = new JsonArray([.. page.Value]);
                if (page.Count is { } total)
                {
                    entity[navigation.Name + "@iot.count"] = total;
                }

                if (page.Next is { } more)
                {
                    entity[navigation.Name + "@iot.nextLink"] = StaLinks.With($"{self}/{navigation.Name}", more);
                }
            }
            else
            {
                var found = await target.FindAsync(context, targetScope, null, cancellationToken);
                entity[navigation.Name] = found is null ? null : await target.EntityAsync(context, found, expand.Options, cancellationToken);
            }
        }

        return entity;
    }

    private List<(LambdaExpression Key, bool Descending)> Keys(StaQueryOptions options, IReadOnlyList<string> ties, DateTimeOffset now)
    {
        var keys = options.OrderBy.Select(o => (StaExpressionBuilder.Key<T>(o.Node, Resolve, now), o.Descending)).ToList();
        var ordered = options.OrderBy.Select(o => o.Node).OfType<StaProperty>().Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        keys.AddRange(ties.Where(t => !ordered.Contains(t)).Select(t => (StaExpressionBuilder.Key<T>(new StaProperty(t), Resolve, now), false)));
        return keys;
    }

    private Expression<Func<T, bool>> Equals(string path, long value)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var member = Resolve(row, path)!.Expression;
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(member, Expression.Constant(value)), row);
    }

    // EF runs async; the small in-memory sets (Sensors, ObservedProperties) are plain LINQ.
    private static async Task<List<T>> ListAsync(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider ? await query.ToListAsync(cancellationToken) : query.ToList();

    private static async Task<long> CountAsync(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider ? await query.LongCountAsync(cancellationToken) : query.LongCount();
}

/// <summary>How a SensorThings property name maps onto a row: a member, or any expression of the row.</summary>
public sealed record StaMemberMap(Func<Expression, Expression> Bind, bool IsTime = false)
{
    public static StaMemberMap Of(string member, bool isTime = false) => new(row => Expression.PropertyOrField(row, member), isTime);
}
