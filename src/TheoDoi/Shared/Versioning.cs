using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using TheoDoi.Core.Texts;

namespace TheoDoi.Shared;

/// <summary>
/// Optimistic concurrency for the API's versioned records: a GET sends the version as a strong
/// <c>ETag</c> (<c>"7"</c>); an update must name the version it changes — body <c>version</c> or
/// <c>If-Match</c> — or it is refused with 428, so nobody overwrites blindly. A stale body version is
/// 409 (conflict), a stale If-Match 412 (precondition failed), as HTTP defines them.
/// </summary>
public static class Versioning
{
    public sealed record Expected(int? Version, bool FromHeader, bool Malformed)
    {
        public bool Missing => Version is null && !Malformed;
    }

    public static string ETag(int version) => "\"" + version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";

    /// <summary>The version the caller changes: the body's, else If-Match's.</summary>
    public static Expected Read(HttpRequest request, int? bodyVersion)
    {
        if (bodyVersion is { } version)
        {
            return new(version, false, false);
        }

        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0)
        {
            return new(null, false, false);
        }

        var tags = EntityTagHeaderValue.TryParseList([header], out var parsed) ? parsed : null;
        if (tags is not { Count: 1 } || tags[0].IsWeak || !int.TryParse(tags[0].Tag.AsSpan().Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var tagged))
        {
            return new(null, true, true);
        }

        return new(tagged, true, false);
    }

    /// <summary>428, or 400 for an If-Match that is not one of our ETags; null when the caller named a version.</summary>
    public static IResult? Refusal(Expected expected)
    {
        if (expected.Malformed)
        {
            return Problem(StatusCodes.Status400BadRequest, new(
                "If-Match phải là đúng một ETag mạnh mà lệnh GET đã trả về, ví dụ \"7\".",
                "If-Match must be exactly one strong ETag as the GET returned it, e.g. \"7\"."));
        }

        return expected.Missing
            ? Problem(StatusCodes.Status428PreconditionRequired, new(
                "Cần cho biết phiên bản đang sửa: trường version trong nội dung hoặc tiêu đề If-Match với ETag lệnh GET đã trả về.",
                "Say which version you change: `version` in the body or an If-Match header with the ETag the GET returned."))
            : null;
    }

    /// <summary>The answer to a stale version: 412 when it came as If-Match, else 409.</summary>
    public static IResult Stale(Expected expected, int current)
    {
        return Problem(expected.FromHeader ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict, new(
            $"Bản ghi đã được người khác cập nhật (phiên bản hiện tại {current}, bạn đang sửa phiên bản {expected.Version}); hãy tải lại rồi sửa lại.",
            $"The record changed since you read it (current version {current}, you sent {expected.Version}); read it again and retry."),
            current);
    }

    /// <summary>200 with the resource and its ETag.</summary>
    public static Ok<T> OkWithETag<T>(T resource, int version, HttpResponse response)
    {
        response.Headers.ETag = ETag(version);
        return TypedResults.Ok(resource);
    }

    private static IResult Problem(int status, Bilingual message, int? current = null) =>
        TypedResults.Problem(message.Pick(), statusCode: status, extensions: new Dictionary<string, object?>
        {
            ["errors"] = new[] { message.Pick() },
            ["currentVersion"] = current,
        });
}
