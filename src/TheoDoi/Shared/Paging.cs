using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace TheoDoi.Shared;

/// <summary>How many items a page of a list holds when the caller names none, and at most.</summary>
public sealed record PageSize(int Default, int Maximum);

/// <summary>What a caller asked of a paged list: how many items, and where to start (null: at the beginning).</summary>
public sealed record PageRequest(int Limit, string? Cursor);

/// <summary>
/// The one way a list of the API is paged (issue 10, item 5): <c>limit</c> (a default and a
/// maximum, both in the OpenAPI document) and an opaque <c>cursor</c>. The body keeps its shape —
/// a JSON array, as before paging — and the next page is announced in a
/// <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288), absent on the last page, so a client that
/// reads one page and ignores headers still gets the array it was written for. A cursor is the
/// position to start from, as base64url JSON: it is not meant to be read or built by callers.
/// </summary>
public static class Paging
{
    public const string LimitParameter = "limit";
    public const string CursorParameter = "cursor";

    /// <summary>Lists of records (stations, indicators, licences, alerts): small enough that one page usually holds them all.</summary>
    public static readonly PageSize Lists = new(1_000, 1_000);

    /// <summary>Series computed per sample, hour or day (a year of hourly indices is 8,760): one page holds a year.</summary>
    public static readonly PageSize Series = new(10_000, 10_000);

    /// <summary>Observations of a station: hourly data of a year runs to tens of thousands of rows.</summary>
    public static readonly PageSize Observations = new(10_000, 50_000);

    /// <summary>The page asked for, or a 400 naming what is wrong (in both languages).</summary>
    public static UseCaseResult<PageRequest> Read(HttpRequest request, PageSize size)
    {
        var limit = size.Default;
        if (request.Query.TryGetValue(LimitParameter, out var given) && given.Count > 0)
        {
            if (given.Count > 1 || !int.TryParse(given[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > size.Maximum)
            {
                return UseCaseResult.Invalid(
                    $"Tham số limit phải là số nguyên từ 1 đến {size.Maximum.ToString(CultureInfo.InvariantCulture)}.",
                    $"limit must be a whole number from 1 to {size.Maximum.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        var cursor = request.Query[CursorParameter].ToString();
        return UseCaseResult.Done(new PageRequest(limit, cursor.Length == 0 ? null : cursor));
    }

    /// <summary>The refusal of a cursor this server did not give (or gave for another list).</summary>
    public static UseCaseResult BadCursor { get; } = UseCaseResult.Invalid(
        "Tham số cursor không hợp lệ: hãy dùng đúng địa chỉ trong tiêu đề Link (rel=\"next\") của trang trước.",
        "Invalid cursor: use the address given in the previous page's Link header (rel=\"next\") as it is.");

    // A cursor of another list (other fields) or with a field missing is refused, not read as zeros.
    private static readonly JsonSerializerOptions s_strict = new()
    {
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static string Encode<T>(T position) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(position, s_strict));

    /// <summary>The position a cursor holds, or null when it is not one this server wrote.</summary>
    public static T? Decode<T>(string cursor)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(cursor), s_strict);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Announces the next page: this request's address with the cursor replaced.</summary>
    public static void SetNext(HttpContext http, string cursor)
    {
        var request = http.Request;
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query[CursorParameter] = cursor;
        var builder = new QueryBuilder(query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        var address = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, builder.ToQueryString());
        http.Response.Headers.Link = $"<{address}>; rel=\"next\"";
    }
}
