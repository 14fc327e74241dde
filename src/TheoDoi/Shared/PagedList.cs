using System.Collections;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TheoDoi.Shared;

/// <summary>
/// Pages a list endpoint's answer (<see cref="Paging"/>): marked with <see cref="PagedListExtensions.PagedList"/>,
/// the endpoint returns its whole list and this filter sends the asked slice. It is registered
/// outside the partner filter (Exchange/PartnerResults), so a partner's list is narrowed to its
/// agreement first and then paged: its pages are full and its cursor walks only what it may see.
/// The lists are short (stations, indicators, licences, at most 1,000 alerts), so the cursor holds
/// an offset; a list that grows long pages by key instead (the observations).
/// </summary>
public sealed class PagedList : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<PagedListMarker>() is null)
        {
            return await next(context);
        }

        var page = Paging.Read(http.Request, endpoint.Metadata.GetMetadata<PageSizeMetadata>()?.Size ?? Paging.Lists);
        if (!page.IsDone)
        {
            return new UseCaseProblem(page.Status);
        }

        var (limit, cursor) = page.Done();
        var offset = 0;
        if (cursor is not null)
        {
            if (Paging.Decode<ListPosition>(cursor) is not { Offset: >= 0 } position)
            {
                return new UseCaseProblem(Paging.BadCursor);
            }

            offset = position.Offset;
        }

        var result = await next(context);
        var list = result is IValueHttpResult { Value: IList inner } ? inner : result as IList;
        if (list is null)
        {
            return result; // a refusal (404, 400 …) passes as it is
        }

        if (offset + limit < list.Count)
        {
            Paging.SetNext(http, Paging.Encode(new ListPosition(offset + limit)));
        }

        var sent = list.Cast<object?>().Skip(offset).Take(limit).ToList();
        if (http.Features.Get<Exchange.ExchangeCount>() is { } count)
        {
            count.Values = sent.Count; // the exchange log counts what this page sent
        }

        return sent;
    }

    /// <summary>Where the next page starts.</summary>
    public sealed record ListPosition(int Offset);
}

/// <summary>Says an endpoint's list answer is paged (by <see cref="PagedList"/>, and in the OpenAPI document).</summary>
public sealed class PagedListMarker
{
    public static PagedListMarker Instance { get; } = new();
}

public static class PagedListExtensions
{
    public static RouteHandlerBuilder PagedList(this RouteHandlerBuilder endpoint, PageSize? size = null) =>
        endpoint.WithMetadata(PagedListMarker.Instance, new PageSizeMetadata(size ?? Paging.Lists));
}

/// <summary>The page size an endpoint uses, read by the OpenAPI description to document <c>limit</c> and <c>cursor</c>.</summary>
public sealed record PageSizeMetadata(PageSize Size);
