using System.Text.Json;

namespace TheoDoi.Tests.Web;

public sealed class HealthAndApiDescriptionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Health_answers_200_with_json_without_sign_in()
    {
        var response = await fixture.App.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.Equal(TestDatabase.Provider.ToString().ToLowerInvariant(), body.GetProperty("database").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_v1_endpoints()
    {
        var response = await fixture.App.CreateClient().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/token", "/api/v1/plans", "/api/v1/plans/{id}", "/api/v1/units", "/api/v1/units/{code}/history", "/api/v1/audit" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        }
    }

    [Fact]
    public async Task The_API_reference_page_is_browsable()
    {
        var response = await fixture.App.CreateClient().GetAsync("/api-docs/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }
}
