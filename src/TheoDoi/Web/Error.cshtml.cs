using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TheoDoi.Shared;

namespace TheoDoi.Web;

/// <summary>
/// The page a person sees when a page path answers 4xx/5xx without a body: never raw problem JSON
/// (that stays for /api). Re-executed by the status-code and exception middleware with the original
/// method, so it renders for POST too and skips the anti-forgery check.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class Error : PageModel
{
    public int Status { get; private set; }
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    // Read from the route by hand, not bound: model binding builds every value provider first, and
    // a re-executed POST whose form cannot be read (too large) then binds nothing — "not found".
    public IActionResult OnGet() => Show(RouteStatus());

    public IActionResult OnPost() => Show(RouteStatus());

    /// <summary>The size limit of the refused request, in MB, for a 413.</summary>
    public long? LimitMegabytes { get; private set; }

    private int RouteStatus() =>
        int.TryParse(RouteData.Values["status"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status) ? status : 0;

    private PageResult Show(int status)
    {
        // Opened directly (not re-executed), /error/200 is still an error page, never a success.
        Status = status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        (Title, Explanation) = Status switch
        {
            StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ", "Trang không hiểu được dữ liệu gửi tới. Hãy quay lại, kiểm tra các ô đã nhập rồi thử lại."),
            StatusCodes.Status401Unauthorized => ("Cần đăng nhập", "Trang hoặc tệp này chỉ dành cho người đã đăng nhập. Hãy đăng nhập rồi mở lại địa chỉ này."),
            StatusCodes.Status403Forbidden => ("Không có quyền truy cập", "Tài khoản của bạn không có quyền xem trang này. Nếu cần, hãy liên hệ quản trị hệ thống."),
            StatusCodes.Status404NotFound => ("Không tìm thấy trang", "Không có trang hoặc bản ghi ở địa chỉ này. Mã trạm, đơn vị, chỉ tiêu không phân biệt chữ hoa, chữ thường; hãy kiểm tra lại địa chỉ."),
            StatusCodes.Status405MethodNotAllowed => ("Thao tác không được hỗ trợ", "Trang này không nhận thao tác vừa gửi. Hãy mở lại trang rồi thử lại."),
            StatusCodes.Status409Conflict => ("Dữ liệu đã thay đổi", "Bản ghi đã được người khác cập nhật. Hãy tải lại trang rồi thử lại."),
            StatusCodes.Status413PayloadTooLarge => ("Tệp quá lớn", "Tệp gửi lên vượt quá giới hạn cho phép."),
            >= 500 => ("Có lỗi ở máy chủ", "Máy chủ gặp lỗi khi xử lý yêu cầu; không có dữ liệu nào bị ghi dở. Hãy thử lại sau hoặc báo quản trị hệ thống."),
            _ => ("Không thực hiện được yêu cầu", "Hãy quay lại trang trước rồi thử lại."),
        };
        if (Status == StatusCodes.Status413PayloadTooLarge && TooLargeForm.LimitOf(HttpContext) is { } limit)
        {
            LimitMegabytes = Math.Max(1, limit >> 20);
        }

        Response.StatusCode = Status;
        return Page();
    }
}
