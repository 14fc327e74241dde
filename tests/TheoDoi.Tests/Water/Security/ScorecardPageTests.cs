using System.Net;
using Microsoft.Extensions.Time.Testing;
using TheoDoi.Accounts;

namespace TheoDoi.Tests.Water.Security;

/// <summary>/water/security: the dimensions with their status words, the inputs linked to their pages, the public seeing validated data only.</summary>
public sealed class ScorecardPageTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(new TestAppOptions(Clock: new FakeTimeProvider(ScorecardFixture.Now)));
        await ScorecardFixture.LoadAsync(_app);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_signed_in_reader_sees_each_dimension_linked_to_its_inputs_and_their_pages()
    {
        using var session = new BrowserlessSession(_app);
        await session.SignInAsync("reader-sc", await _app.AddUserAsync("reader-sc", Roles.Leader));

        var response = await session.GetAsync("/water/security?year=2025");
        var html = await response.Content.ReadAsStringAsync();
        var water = await (await session.GetAsync("/water")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-dimension=\"groundwater\" data-status=\"poor\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#DN-SG-availability\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"DN-SG-DN-availability\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/water/stations/SC-Q\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/water/licences/detail?number=60%2FGP-SC\"", html, StringComparison.Ordinal);
        Assert.Contains("cần ít nhất 10 năm số liệu", html, StringComparison.Ordinal);
        Assert.Contains("data-year=\"2014\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/water/security\"", water, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_page_scores_validated_values_only_and_a_bad_year_says_why()
    {
        var anonymous = _app.CreateClient();

        var html = await anonymous.GetStringAsync("/water/security?year=2025");
        var bad = await anonymous.GetAsync("/water/security?year=2099");

        Assert.Contains("data-testid=\"public-note\"", html, StringComparison.Ordinal);
        Assert.Contains("data-dimension=\"groundwater\" data-status=\"not-assessed\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/water/licences/detail", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Năm phải từ 1900 đến 2026, không phải 2099.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
