using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Core.Exchange;
using TheoDoi.Core.Texts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;
using TheoDoi.Water;

namespace TheoDoi.Exchange;

/// <summary>
/// Every request carrying a partner key passes here, before authorization (issue 10, items 3–4):
/// an unknown, revoked or expired key → 401; a route that is not a partner read
/// (<see cref="PartnerRoutes"/>: the signed-in API, pages, licences) → 403; a station outside the
/// agreement → 404 as for a station that does not exist; a data group or period outside → 403; each
/// with a bilingual problem. Otherwise the request goes on with its <see cref="PartnerScope"/> (a
/// request feature, narrowed from/to) and its answer is hashed and logged — refusals are logged too.
/// </summary>
public sealed class PartnerGate(RequestDelegate next, IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly CultureInfo s_vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task InvokeAsync(HttpContext context)
    {
        if (PartnerKeys.FromRequest(context.Request) is null)
        {
            await next(context);
            return;
        }

        var log = new ExchangeRequest
        {
            At = clock.GetUtcNow().UtcDateTime,
            Method = context.Request.Method,
            Path = Truncate(context.Request.Path + context.Request.QueryString, 1000),
        };
        var authenticated = await context.AuthenticateAsync(ApiKeyAuthentication.SchemeName);
        if (!authenticated.Succeeded || context.Items[typeof(PartnerKey)] is not PartnerKey key)
        {
            var refusal = context.Items[typeof(KeyRefusal)] as KeyRefusal ?? new KeyRefusal(new("Khóa API không hợp lệ.", "The API key is not valid."), null, null, null, null);
            (log.KeyPrefix, log.KeyId, log.AgreementId, log.PartnerId) = (refusal.Prefix, refusal.KeyId, refusal.AgreementId, refusal.PartnerId);
            context.Response.Headers.WWWAuthenticate = PartnerKeys.AuthorizationScheme;
            await RefuseAsync(context, log, StatusCodes.Status401Unauthorized, refusal.Reason);
            return;
        }

        (log.KeyPrefix, log.KeyId, log.AgreementId, log.PartnerId) = (key.Prefix, key.Id, key.AgreementId, key.Agreement.PartnerId);
        var db = context.RequestServices.GetRequiredService<AppDbContext>();
        var scope = await PartnerScopes.LoadAsync(db, key, context.RequestAborted);
        if (await CheckAsync(context, db, scope) is { } refused)
        {
            await RefuseAsync(context, log, refused.Status, refused.Reason);
            return;
        }

        context.User = authenticated.Principal!;
        context.Features.Set(scope);
        var counter = new ExchangeCount();
        context.Features.Set(counter);
        var original = context.Response.Body;
        await using var hashing = new HashingStream(original);
        context.Response.Body = hashing;
        try
        {
            await next(context);
        }
        finally
        {
            // What a writer still buffers belongs to the body the hash must cover.
            await context.Response.BodyWriter.FlushAsync(CancellationToken.None);
            context.Response.Body = original;
            log.Status = context.Response.StatusCode;
            log.Bytes = hashing.Length;
            log.Sha256 = hashing.Sha256();
            var csv = context.Response.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true;
            log.Values = counter.Values ?? (csv ? Math.Max(0, hashing.Lines - 1) : null);
            await WriteAsync(log);
        }
    }

    private async Task<(int Status, Bilingual Reason)?> CheckAsync(HttpContext context, AppDbContext db, PartnerScope scope)
    {
        if (PartnerRoutes.For(context.GetEndpoint()) is not { } route)
        {
            return (StatusCodes.Status403Forbidden, new("Khóa API chỉ mở các API dữ liệu công khai mà thỏa thuận chia sẻ (trạm, quan trắc, xuất dữ liệu, chỉ tiêu); không mở trang, API của người đăng nhập hay dữ liệu ngoài thỏa thuận.",
                "An API key opens only the public data API its agreement shares (stations, observations, exports, indicators); not pages, the signed-in API or data outside the agreement."));
        }

        var group = route.Group;
        string? code = null;
        if (context.Request.RouteValues.TryGetValue("code", out var value) && route.ByStationType && value is string stationCode)
        {
            var station = await db.WaterStations.AsNoTracking().WithCode(s => s.Code, stationCode).Select(s => new { s.Code, s.Type }).SingleOrDefaultAsync(context.RequestAborted);
            if (station is null || !scope.HasStation(station.Code))
            {
                return (StatusCodes.Status404NotFound, new($"Không có trạm {stationCode}.", $"No station {stationCode}."));
            }

            code = station.Code;
            group |= PartnerRoutes.GroupOf(station.Type);
        }

        var today = VietnamTime.Today(clock);
        if (group != DataGroups.None && !scope.HasGroup(group))
        {
            return (StatusCodes.Status403Forbidden, new($"Thỏa thuận không chia sẻ nhóm dữ liệu {DataGroupCodes.Labels(group & ~scope.Groups).Vi.ToLower(s_vietnamese)} của {code ?? "lưu vực"}.",
                $"The agreement does not share {DataGroupCodes.Labels(group & ~scope.Groups).En.ToLowerInvariant()} of {code ?? "the basin"}."));
        }

        return route.Dates switch
        {
            ReadDates.Period => NarrowPeriod(context, scope, today),
            ReadDates.Latest when (scope.From is { } first && today < first) || (scope.To is { } last && today > last) => PeriodRefused(scope),
            _ => null,
        };
    }

    /// <summary>Rewrites <c>from</c>/<c>to</c> (with the endpoints' default of the last 12 months) to their overlap with the agreement's period.</summary>
    private static (int, Bilingual)? NarrowPeriod(HttpContext context, PartnerScope scope, DateOnly today)
    {
        var query = context.Request.Query;
        var to = DateOnly.TryParse(query["to"], CultureInfo.InvariantCulture, out var t) ? t : today;
        var from = DateOnly.TryParse(query["from"], CultureInfo.InvariantCulture, out var f) ? f : to.AddYears(-1).AddDays(1);
        if (scope.Clamp(from, to) is not { } narrowed)
        {
            return PeriodRefused(scope);
        }

        var rewritten = query.ToDictionary(q => q.Key, q => q.Value, StringComparer.OrdinalIgnoreCase);
        rewritten["from"] = narrowed.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        rewritten["to"] = narrowed.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        context.Request.Query = new QueryCollection(rewritten);
        return null;
    }

    private static (int, Bilingual) PeriodRefused(PartnerScope scope)
    {
        var from = scope.From?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…";
        var to = scope.To?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…";
        return (StatusCodes.Status403Forbidden, new($"Thỏa thuận chỉ chia sẻ dữ liệu từ {from} đến {to}.", $"The agreement shares data from {from} to {to} only."));
    }

    private async Task RefuseAsync(HttpContext context, ExchangeRequest log, int status, Bilingual reason)
    {
        log.Status = status;
        log.Refusal = Truncate(reason.En, 500);
        await WriteAsync(log);
        var extensions = new Dictionary<string, object?> { ["errors"] = new[] { reason.Pick() }, ["vi"] = reason.Vi, ["en"] = reason.En };
        await TypedResults.Problem(reason.Pick(), statusCode: status, extensions: extensions).ExecuteAsync(context);
    }

    private async Task WriteAsync(ExchangeRequest log)
    {
        // Its own context: the request's may hold work of the endpoint, and the log must not depend on it.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ExchangeRequests.Add(log);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>How many values a partner read sent, counted by <see cref="PartnerResults"/>; null when the body is counted instead (CSV lines).</summary>
public sealed class ExchangeCount
{
    public long? Values { get; set; }
}
