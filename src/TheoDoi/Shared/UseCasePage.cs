using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TheoDoi.Shared;

/// <summary>
/// The one way a page answers a use case (the page's side of <see cref="UseCaseProblem"/>): done →
/// <paramref name="done"/> (the page has set its message; usually a redirect, so a reload does not
/// post again); not found → the 404 page; forbidden → the 403 page; invalid or conflicting → the
/// matching status (400, 409) and <paramref name="refused"/>, which shows the form again with the
/// reasons and what was typed — nothing was saved.
/// </summary>
public static class UseCasePage
{
    public static async Task<IActionResult> AnswerAsync(this PageModel page, UseCaseResult result, Func<IActionResult> done, Func<Task<IActionResult>> refused)
    {
        switch (result.Outcome)
        {
            case Outcome.Done:
                return done();
            case Outcome.NotFound:
                return page.NotFound();
            case Outcome.Forbidden:
                return page.Forbid();
            default:
                page.Response.StatusCode = UseCaseProblem.StatusFor(result.Outcome);
                return await refused();
        }
    }

    /// <summary>
    /// A page that shows a secret once — a new password, a new API key — answers on itself, never by a
    /// redirect (the secret would be lost) and never cached (no-store, so no cache keeps it): the
    /// outcome as "saved" or its reasons with the matching status, and the page read again.
    /// </summary>
    public static async Task<IActionResult> AnswerInPlaceAsync(this PageModel page, UseCaseResult result, Action<string?, IReadOnlyList<string>> show, Func<Task> reload)
    {
        if (result.Outcome == Outcome.Done)
        {
            show(Core.Texts.Bilingual.IsEnglish ? "Saved." : "Đã lưu.", []);
        }
        else
        {
            show(null, result.Errors);
            page.Response.StatusCode = UseCaseProblem.StatusFor(result.Outcome);
        }

        page.Response.Headers.CacheControl = "no-store";
        await reload();
        return page.Page();
    }
}
