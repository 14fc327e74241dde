using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Shared;

namespace TheoDoi.Web;

/// <summary>The VI/EN switch: remembers the choice in a cookie and goes back where the user was.</summary>
public sealed class Language : PageModel
{
    public const string CookieName = "theodoi.lang";

    public IActionResult OnGet(string? c, string? returnUrl)
    {
        var culture = c == "en" ? WebUi.English : WebUi.Vietnamese;
        Response.Cookies.Append(CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
