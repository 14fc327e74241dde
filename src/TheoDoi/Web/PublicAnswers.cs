using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace TheoDoi.Web;

/// <summary>
/// HTTP caching of the public API and SensorThings (issue 10, item 5). An anonymous read of
/// <c>/api/v1/public/…</c> or <c>/sta/…</c> that answers 200 carries a strong <c>ETag</c> (a hash
/// of its body: one rule for every endpoint, right whatever the data's source), a
/// <c>Last-Modified</c> (when this server first gave exactly that body for that address) and
/// <c>Cache-Control: public, max-age=60</c> (<see cref="PublicCache.Lifetime"/>, the bound the
/// server's own cache keeps); <c>If-None-Match</c>, or else <c>If-Modified-Since</c>, answers 304
/// without a body (RFC 9110 §13.2.2). Answers larger than <see cref="MaximumBody"/> stream as they
/// are, without an ETag. Keyed (partner) and signed-in answers of the API are
/// <c>private, no-store</c>: they are narrowed to their caller and must not be kept by a proxy.
/// </summary>
public sealed class PublicAnswers(TimeProvider clock)
{
    /// <summary>The largest body held to hash (what the output cache holds, PublicCache).</summary>
    public const int MaximumBody = 2 * 1024 * 1024;

    public static readonly string PublicControl = $"public, max-age={(int)PublicCache.Lifetime.TotalSeconds}";
    public const string PrivateControl = "private, no-store";

    private const int RememberedAddresses = 10_000;
    private readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset Since)> _firstSeen = new(StringComparer.Ordinal);

    public static bool IsPublicRead(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && (request.Path.StartsWithSegments("/api/v1/public", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/sta", StringComparison.OrdinalIgnoreCase));

    public static bool IsKeyedOrSignedIn(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true
        || http.Request.Headers.ContainsKey(HeaderNames.Authorization)
        || http.Request.Headers.ContainsKey(Exchange.PartnerKeys.HeaderName);

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (!IsPublicRead(http.Request) || IsKeyedOrSignedIn(http))
        {
            await next(http);
            return;
        }

        var request = http.Request;
        var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var body = new HeldBody(original.Stream, () => http.Response.Headers.CacheControl = PublicControl);
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body, original));
        try
        {
            await next(http);
        }
        finally
        {
            http.Features.Set(original);
        }

        if (body.Held is not { } held)
        {
            return; // already streamed: too large to hold
        }

        var response = http.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = response.Headers.ETag.Count > 0 ? response.Headers.ETag.ToString() : $"\"{Convert.ToHexStringLower(SHA256.HashData(held.AsSpan()), 0, 16)}\"";
            var since = Since(request, etag);
            response.Headers.ETag = etag;
            response.Headers.LastModified = HeaderUtilities.FormatDate(since);
            response.Headers.CacheControl = PublicControl;
            response.Headers.Vary = HeaderNames.Cookie; // the language cookie picks the texts
            if (NotModified(request, etag, since))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.Headers.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        response.ContentLength = held.Length;
        await original.Stream.WriteAsync(held, http.RequestAborted);
    }

    /// <summary>RFC 9110 §13.1.1/§13.1.3: If-None-Match (weak comparison) decides; If-Modified-Since only without it.</summary>
    public static bool NotModified(HttpRequest request, string etag, DateTimeOffset lastModified)
    {
        var match = request.GetTypedHeaders().IfNoneMatch;
        if (match.Count > 0)
        {
            var current = EntityTagHeaderValue.Parse(etag);
            return match.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(current, useStrongComparison: false));
        }

        return request.GetTypedHeaders().IfModifiedSince is { } modifiedSince && lastModified <= modifiedSince;
    }

    /// <summary>When this body was first answered at this address (to the second, as HTTP dates are).</summary>
    private DateTimeOffset Since(HttpRequest request, string etag)
    {
        var key = $"{request.Path}{request.QueryString}|{request.Cookies[Language.CookieName]}";
        if (_firstSeen.Count >= RememberedAddresses)
        {
            _firstSeen.Clear();
        }

        var now = clock.GetUtcNow();
        var seen = _firstSeen.AddOrUpdate(key, _ => (etag, now), (_, old) => old.ETag == etag ? old : (etag, now));
        return new DateTimeOffset(seen.Since.Ticks - (seen.Since.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>Holds what the endpoint writes until it passes <see cref="MaximumBody"/>; from then on, streams it.</summary>
    private sealed class HeldBody(Stream inner, Action beforeStreaming) : Stream
    {
        private MemoryStream? _held = new();

        public byte[]? Held => _held?.ToArray();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_held is { } held && held.Length + buffer.Length > MaximumBody)
            {
                _held = null;
                beforeStreaming();
                await inner.WriteAsync(held.GetBuffer().AsMemory(0, (int)held.Length), cancellationToken);
            }

            if (_held is { } still)
            {
                still.Write(buffer.Span);
                return;
            }

            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task FlushAsync(CancellationToken cancellationToken) => _held is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

public static class PublicAnswersExtensions
{
    /// <summary>
    /// Before authentication, so its own 401 and 403 carry it too: an API answer that sets no
    /// caching of its own (every one but the anonymous public reads) is <c>private, no-store</c>.
    /// </summary>
    public static WebApplication UsePrivateAnswers(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            if (WebApp.IsMachinePath(http.Request.Path) && !http.Request.Path.StartsWithSegments("/openapi"))
            {
                http.Response.OnStarting(() =>
                {
                    if (!http.Response.Headers.ContainsKey(HeaderNames.CacheControl))
                    {
                        http.Response.Headers.CacheControl = PublicAnswers.PrivateControl;
                    }

                    return Task.CompletedTask;
                });
            }

            return next();
        });
        return app;
    }

    public static WebApplication UsePublicAnswers(this WebApplication app)
    {
        var answers = new PublicAnswers(app.Services.GetRequiredService<TimeProvider>());
        app.Use((context, next) => answers.InvokeAsync(context, _ => next()));
        return app;
    }
}
