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

    /// <summary>
    /// A client generated from the document must know what a use case answers: the success body's
    /// type and the refusals as problem details (issue 14: typed results instead of IResult).
    /// </summary>
    [Theory]
    [InlineData("/api/v1/indicators/{code}/values", "put", "200", "SaveResultDto")]
    [InlineData("/api/v1/indicators/{code}/values/review", "post", "200", "ReviewedDto")]
    [InlineData("/api/v1/registries/parks", "post", "200", "SavedIdDto")]
    [InlineData("/api/v1/registries/waste", "put", "200", "SaveResultDto")]
    [InlineData("/api/v1/reporting/cycles", "post", "201", "CycleDto")]
    [InlineData("/api/v1/water/stations/{code}/validation", "post", "200", "ValidatedDto")]
    public async Task OpenApi_lists_each_use_case_answer_and_its_refusals(string path, string verb, string success, string schema)
    {
        var document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(verb).GetProperty("responses");
        var ok = responses.GetProperty(success).GetProperty("content").GetProperty("application/json").GetProperty("schema").GetRawText();
        Assert.Contains(schema, ok, StringComparison.Ordinal);
        foreach (var refusal in new[] { "400", "403", "404", "409" })
        {
            Assert.True(responses.GetProperty(refusal).GetProperty("content").TryGetProperty("application/problem+json", out _), $"{verb} {path}: no problem details for {refusal}");
        }
    }

    /// <summary>
    /// Every read of the API says what it answers: a partner generating a client from the document
    /// gets a typed 200 body (JSON with a schema, or the file's media type), never an empty response.
    /// </summary>
    [Fact]
    public async Task OpenApi_gives_every_read_its_answer_body()
    {
        var document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var untyped = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Name.StartsWith("/api/v1/", StringComparison.Ordinal) || !path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            if (!get.GetProperty("responses").TryGetProperty("200", out var ok) || !ok.TryGetProperty("content", out var content)
                || !content.EnumerateObject().Any(media => media.Name != "application/json" || media.Value.TryGetProperty("schema", out _)))
            {
                untyped.Add(path.Name);
            }
        }

        Assert.True(untyped.Count == 0, "GET without a described 200 body: " + string.Join(", ", untyped));
    }

    [Fact]
    public async Task The_API_reference_page_is_browsable()
    {
        var response = await fixture.App.CreateClient().GetAsync("/api-docs/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }
}
