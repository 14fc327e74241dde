using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TheoDoi.Accounts;

public sealed class SignIn(SignInManager<AppUser> signIn) : PageModel
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
            Error = "Nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(username, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl);
        }

        Error = result.IsLockedOut
            ? "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút."
            : "Tên đăng nhập hoặc mật khẩu không đúng.";
        return Page();
    }

    private string Safe(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
