using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;

namespace TheoDoi.Tests.Infrastructure;

/// <summary>
/// A cookie-keeping client for the pages, signing in through the real form with its anti-forgery
/// token, as a browser without JavaScript would.
/// </summary>
public sealed partial class BrowserlessSession : IDisposable
{
    private readonly HttpClient _client;

    public BrowserlessSession(TestApp app)
    {
        // In memory, or over loopback when the test needs Kestrel's own limits (TestAppOptions.RealServer).
        if (app.App.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>() is TestServer server)
        {
            _client = new HttpClient(new CookieHandler(server.CreateHandler())) { BaseAddress = server.BaseAddress };
            return;
        }

        _client = new HttpClient(new CookieHandler(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })) { BaseAddress = new Uri(app.Address) };
        // Over a socket, the answer to a body past the limit comes before the body has been sent.
        _client.DefaultRequestHeaders.ExpectContinue = true;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content) => _client.PostAsync(url, content);

    public async Task<HttpResponseMessage> SignInAsync(string username, string password)
    {
        var form = await _client.GetStringAsync("/account/signin");
        return await _client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["returnUrl"] = "/",
        }));
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, string pageWithForm, Dictionary<string, string> fields)
    {
        var page = await _client.GetStringAsync(pageWithForm);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await _client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(string html) =>
        AntiforgeryInput().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("the page has no anti-forgery token");

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();

    private sealed class CookieHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = _cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var cookie in setCookies)
                {
                    _cookies.SetCookies(request.RequestUri!, cookie);
                }
            }

            return response;
        }
    }
}
