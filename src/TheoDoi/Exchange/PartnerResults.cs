using System.Collections;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using TheoDoi.Core.Exchange;
using TheoDoi.Water;

namespace TheoDoi.Exchange;

/// <summary>
/// The answer side of a partner read (after <see cref="PartnerGate"/> let it through): a list of
/// stations or alerts is narrowed to the agreement's stations, groups and period, and the values
/// sent are counted for the exchange log. Requests without a partner scope pass untouched.
/// </summary>
public sealed class PartnerResults : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (context.HttpContext.Features.Get<PartnerScope>() is not { } scope || context.HttpContext.Features.Get<ExchangeCount>() is not { } count)
        {
            return result;
        }

        switch (result)
        {
            case IEnumerable<WaterDtos.StationDto> stations:
                var shown = stations.Where(s => scope.Allows(s.Code, PartnerRoutes.GroupOf(s.Type))).ToList();
                count.Values = shown.Count;
                return shown;
            case IEnumerable<WaterDtos.AlertDto> alerts:
                var sent = alerts.Where(a => scope.Allows(a.Station, DataGroups.Quality, DateOnly.FromDateTime(a.Time.DateTime))).ToList();
                count.Values = sent.Count;
                return sent;
        }

        var inner = result is INestedHttpResult nested ? nested.Result : result;
        switch ((inner as IValueHttpResult)?.Value)
        {
            case IAsyncEnumerable<WaterDtos.ObservationDto> observations:
                count.Values = 0;
                return TypedResults.Ok(Counted(observations, count));
            case ICollection collection:
                count.Values = collection.Count;
                break;
            case { }:
                count.Values = 1;
                break;
        }

        return result;
    }

    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> rows, ExchangeCount count)
    {
        await foreach (var row in rows)
        {
            count.Values++;
            yield return row;
        }
    }
}
