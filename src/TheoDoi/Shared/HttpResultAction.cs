using Microsoft.AspNetCore.Mvc;

namespace TheoDoi.Shared;

/// <summary>
/// Lets a page handler return what an API endpoint returns (Razor Pages cannot return IResult).
/// A failure is answered with its status code only, so the page's error page (HTML, in the reader's
/// language) is shown instead of the endpoint's problem JSON.
/// </summary>
public sealed class HttpResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 } failed)
        {
            context.HttpContext.Response.StatusCode = failed.StatusCode.Value;
            return Task.CompletedTask;
        }

        return result.ExecuteAsync(context.HttpContext);
    }
}
