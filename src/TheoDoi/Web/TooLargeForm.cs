using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using TheoDoi.Shared;

namespace TheoDoi.Web;

/// <summary>
/// A page form whose body is past the server's or the page's size limit fails first in the
/// anti-forgery check (the token is read from the form), which answers a bare 400 — the person was
/// shown "bad request" for a file that is simply too large (issue 12). An always-run result filter
/// sees results from authorization filters too, and makes that case the 413 it is.
/// </summary>
public sealed class TooLargeForm : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult && IsPastLimit(context.HttpContext))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    /// <summary>The request's limit in bytes (the page's own, else the server's), when there is one.</summary>
    public static long? LimitOf(HttpContext context) =>
        context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;

    private static bool IsPastLimit(HttpContext context) =>
        context.Request.ContentLength is { } length && LimitOf(context) is { } limit && length > limit;
}
