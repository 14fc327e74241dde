using Microsoft.AspNetCore.Http.Features;
using TheoDoi.Core.Texts;
using TheoDoi.Shared;

namespace TheoDoi.Imports;

/// <summary>
/// Reads a multipart upload only after the caller's right was checked (endpoints take the raw request,
/// not an <see cref="IFormFile"/>, so nothing is read before the check), within the endpoint's size limit.
/// </summary>
public static class UploadForm
{
    public sealed record Read(IFormFile? File, IFormCollection? Form, int Status, Bilingual? Problem)
    {
        /// <summary>Why no file was read, as a use case's refusal (413 past the limit, otherwise 400).</summary>
        public UseCaseResult Refusal => new(Status == StatusCodes.Status413PayloadTooLarge ? Outcome.TooLarge : Outcome.Invalid, [Problem ?? new("", "")]);
    }

    public static async Task<Read> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return new(null, null, StatusCodes.Status400BadRequest, new("Gửi tệp dưới dạng multipart/form-data, trường \"file\".", "Send the file as multipart/form-data, field `file`."));
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = Math.Min(limit.MaxRequestBodySize ?? long.MaxValue, maxBytes);
        }

        try
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes }, cancellationToken);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            return file is null || file.Length == 0
                ? new(null, form, StatusCodes.Status400BadRequest, new("Chưa chọn tệp (trường \"file\" trống).", "No file: the multipart field `file` is missing or empty."))
                : new(file, form, StatusCodes.Status200OK, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(maxBytes)
                : new(null, null, StatusCodes.Status400BadRequest, new("Nội dung gửi lên không phải multipart/form-data hợp lệ.", "The request body is not valid multipart/form-data."));
        }
    }

    private static Read TooLarge(long maxBytes) =>
        new(null, null, StatusCodes.Status413PayloadTooLarge, new($"Tệp lớn hơn {maxBytes >> 20} MB.", $"The file is larger than {maxBytes >> 20} MB."));
}
