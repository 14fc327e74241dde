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

    /// <summary>
    /// A partner generating a client needs a name for each call, what it does and which credential
    /// it takes (issue 10, item 5); ./test lints the same document with Redocly (redocly.yaml).
    /// </summary>
    [Fact]
    public async Task OpenApi_names_describes_and_secures_every_operation()
    {
        var document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("partnerKey").GetProperty("name").GetString());
        var ids = new List<string>();
        var lacking = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var op = operation.Value;
                var name = $"{operation.Name} {path.Name}";
                ids.Add(op.TryGetProperty("operationId", out var id) ? id.GetString()! : "");
                if (!op.TryGetProperty("description", out var description) || description.GetString() is not { Length: > 0 }
                    || !op.TryGetProperty("security", out var security) || security.GetArrayLength() == 0
                    || !op.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('4')))
                {
                    lacking.Add(name);
                }
            }
        }

        Assert.True(lacking.Count == 0, "without description, security or a 4xx: " + string.Join(", ", lacking));
        Assert.DoesNotContain("", ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("/api/v1/tasks", "get", "bearer")]
    [InlineData("/api/v1/public/water/stations", "get", "partnerKey")]
    [InlineData("/sta/v1.1/{path}", "get", "partnerKey")]
    public async Task OpenApi_applies_the_credential_each_operation_takes(string path, string verb, string scheme)
    {
        var document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var security = document.GetProperty("paths").GetProperty(path).GetProperty(verb).GetProperty("security").EnumerateArray().ToList();
        Assert.Contains(security, r => r.TryGetProperty(scheme, out _));
        Assert.Equal(scheme == "partnerKey", security.Any(r => !r.EnumerateObject().Any())); // the public reads also need none
    }

    /// <summary>Two records named TargetDto were one schema, so one of the operations showed the other's body.</summary>
    [Fact]
    public async Task OpenApi_gives_records_of_the_same_name_their_own_schemas_and_documents_paging()
    {
        var document = await fixture.App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.False(schemas.TryGetProperty("TargetDto", out _));
        Assert.True(schemas.TryGetProperty("IndicatorDtosTargetDto", out _));
        Assert.True(schemas.TryGetProperty("PlanEndpointsTargetDto", out _));
        var observations = document.GetProperty("paths").GetProperty("/api/v1/public/water/stations/{code}/observations").GetProperty("get");
        var limit = observations.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "limit");
        Assert.Equal(50000, limit.GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal(10000, limit.GetProperty("schema").GetProperty("default").GetInt32());
        Assert.True(observations.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("Link", out _));
    }

    [Fact]
    public async Task The_API_reference_page_is_browsable()
    {
        var response = await fixture.App.CreateClient().GetAsync("/api-docs/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
    }
}
