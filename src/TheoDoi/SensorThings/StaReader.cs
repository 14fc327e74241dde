using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Core.SensorThings;
using TheoDoi.Core.Texts;

namespace TheoDoi.SensorThings;

/// <summary>
/// Follows a resource path from set to set and answers the entity, the page of a collection (with
/// <c>@iot.count</c> and <c>@iot.nextLink</c>), a property or its <c>$value</c>; null when a step
/// does not exist (404).
/// </summary>
public static class StaReader
{
    public static async Task<Results<Ok<JsonObject>, ContentHttpResult, Shared.UseCaseProblem>?> ReadAsync(StaContext context, string path, StaQueryOptions options, CancellationToken ct)
    {
        if (StaPath.Parse(path) is not { } steps || StaCatalog.Find(steps[0].Name) is not { } set)
        {
            return null;
        }

        var scope = steps[0].Id is { } first ? set.One(context, first) : set.All(context);
        var row = steps[0].Id is null ? null : await set.FindAsync(context, scope, null, ct);
        if (steps[0].Id is not null && row is null)
        {
            return null;
        }

        for (var i = 1; i < steps.Count; i++)
        {
            var step = steps[i];
            if (row is null)
            {
                return null;
            }

            if (set.Navigations.TryGetValue(step.Name, out var navigation))
            {
                scope = navigation.Scope(context, row);
                set = StaCatalog.Set(navigation.Target);
                if (navigation.Many && step.Id is null)
                {
                    row = null;
                    continue;
                }

                if (!navigation.Many && step.Id is not null || await set.FindAsync(context, scope, step.Id, ct) is not { } found)
                {
                    return null;
                }

                row = found;
                continue;
            }

            return await PropertyAsync(context, set, row, steps.Skip(i).Select(s => s).ToList(), ct);
        }

        if (row is not null)
        {
            return TypedResults.Ok(await set.EntityAsync(context, row, options, ct));
        }

        var page = await set.PageAsync(context, scope, options, ct);
        var answer = new JsonObject();
        if (page.Count is { } count)
        {
            answer["@iot.count"] = count;
        }

        if (page.Next is { } next)
        {
            answer["@iot.nextLink"] = StaLinks.With($"{context.Root}/{path}", next);
        }

        answer["value"] = options.ResultFormat == "dataArray" ? StaDataArray.Of(context, set, page, options) : new JsonArray([.. page.Value]);
        return TypedResults.Ok(answer);
    }

    private static async Task<Results<Ok<JsonObject>, ContentHttpResult, Shared.UseCaseProblem>?> PropertyAsync(StaContext context, IStaSet set, object row, List<StaPath.Step> rest, CancellationToken ct)
    {
        var property = rest[0];
        var entity = await set.EntityAsync(context, row, StaQueryOptions.None, ct);
        if (property.Id is not null || !entity.TryGetPropertyValue(property.Name, out var value) || rest.Count > 2 || rest.Count == 2 && rest[1] is not { Name: "$value", Id: null })
        {
            return null;
        }

        if (rest.Count == 2)
        {
            return TypedResults.Text(value is JsonValue scalar ? scalar.ToString() : value?.ToJsonString() ?? "", "text/plain; charset=utf-8");
        }

        return TypedResults.Ok(new JsonObject { [property.Name] = value?.DeepClone() });
    }
}

/// <summary>
/// <c>$resultFormat=dataArray</c> (OGC 18-088, 14.3): Observations grouped by Datastream, each a list of
/// component values in the order of <c>components</c> ($select, or id, phenomenonTime, result…).
/// </summary>
public static class StaDataArray
{
    private static readonly string[] s_components = ["id", "phenomenonTime", "resultTime", "result", "resultQuality"];

    public static JsonArray Of(StaContext context, IStaSet set, StaPage page, StaQueryOptions options)
    {
        if (set.Name != "Observations")
        {
            throw new StaQueryException(new Bilingual("$resultFormat=dataArray chỉ dùng cho Observations.", "$resultFormat=dataArray applies to Observations only."));
        }

        var components = options.Select ?? s_components;
        var groups = new JsonArray();
        foreach (var series in page.Rows.Cast<StaObservationRow>().Zip(page.Value).GroupBy(p => p.First.DatastreamId))
        {
            var values = new JsonArray([.. series.Select(p => new JsonArray([.. components.Select(c => (c == "id" ? p.Second["@iot.id"] : p.Second[c])?.DeepClone())]))]);
            groups.Add(new JsonObject
            {
                ["Datastream@iot.navigationLink"] = context.Link("Datastreams", series.Key),
                ["components"] = new JsonArray([.. components.Select(c => JsonValue.Create(c))]),
                ["dataArray@iot.count"] = values.Count,
                ["dataArray"] = values,
            });
        }

        return groups;
    }
}
