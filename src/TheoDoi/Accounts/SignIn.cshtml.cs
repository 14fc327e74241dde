using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Accounts.SignIns;

namespace TheoDoi.Accounts;

public sealed class SignIn(SignInManager<AppUser> signIn, PasswordSignIn passwordSignIn) : PageModel
{
    public string? Error { get; private set; }
    public string? Username { get; private set; }
    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = Safe(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl)
    {
        ReturnUrl = Safe(returnUrl);
        Username = username;
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            Error = Core.Texts.Bilingual.IsEnglish ? "Enter your user name and password." : "Nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var result = await passwordSignIn.RunAsync(username, password, PasswordSignIn.CallerOf(HttpContext), HttpContext.RequestAborted);
        if (result.User is { } user)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            return LocalRedirect(ReturnUrl);
        }

        if (result.Outcome == SignInOutcome.Throttled)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = result.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Error = result.Message.Pick();
        return Page();
    }

    private string Safe(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
