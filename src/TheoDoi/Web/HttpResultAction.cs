using Microsoft.AspNetCore.Mvc;

namespace TheoDoi.Web;

/// <summary>Lets a page handler return what an API endpoint returns (Razor Pages cannot return IResult).</summary>
public sealed class HttpResultAction(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result.ExecuteAsync(context.HttpContext);
    }
}
