using System.Globalization;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TheoDoi.Exchange;
using TheoDoi.Shared;

namespace TheoDoi.Web;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> as a product (issue 10, item 5), checked in
/// ./test by a standard linter (redocly.yaml): every schema named after its own type (two records
/// both called <c>TargetDto</c> were one schema, so one operation showed the other's body), the
/// bearer token and the partner key declared and applied to the operations that take them,
/// 401/400 described as problem details, and every operation with an <c>operationId</c> and a
/// description. The paged lists document <c>limit</c> (default and maximum) and <c>cursor</c>.
/// </summary>
public static class ApiDescription
{
    public const string Bearer = "bearer";
    public const string PartnerKey = "partnerKey";

    public static IServiceCollection AddApiDescription(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = SchemaName;
            options.AddDocumentTransformer((document, context, ct) =>
            {
                document.Info.Title = "TheoDoi API";
                document.Info.Description = "Theo dõi kế hoạch và số liệu nước — the plan's follow-up and its water data. "
                    + "Authentication: a bearer token from POST /api/v1/auth/token, or a partner key in X-Api-Key for the public reads of an agreement; /api/v1/public and /sta need neither.";
                document.Info.License = new OpenApiLicense { Name = "Government of Viet Nam — open data under the ministry's terms", Identifier = "LicenseRef-TheoDoi" };
                document.Servers = [new OpenApiServer { Url = "/", Description = "This server" }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
                {
                    [Bearer] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "The token from POST /api/v1/auth/token, sent as Authorization: Bearer ….",
                    },
                    [PartnerKey] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Header,
                        Name = PartnerKeys.HeaderName,
                        Description = "A partner's key (issued on the Partners page): the public reads, narrowed to the partner's agreement, counted in the exchange log.",
                    },
                };
                foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
                {
                    tag.Description ??= $"The {tag.Name} endpoints.";
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, ct) =>
            {
                Describe(operation, context);
                return Task.CompletedTask;
            });
        });

    private static void Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        operation.OperationId ??= OperationId(description.HttpMethod ?? "get", description.RelativePath ?? "");
        operation.Summary ??= operation.Description ?? operation.OperationId;
        operation.Description ??= operation.Summary;
        operation.Responses ??= new OpenApiResponses();

        var path = "/" + (description.RelativePath ?? "");
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var keyed = PartnerRoutes.All.Any(r => HttpMethods.IsGet(description.HttpMethod ?? "") && string.Equals(r.Pattern, path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
        var security = new List<OpenApiSecurityRequirement>();
        if (!anonymous && path.StartsWith("/api/", StringComparison.Ordinal))
        {
            security.Add(Requirement(Bearer, context.Document));
            Problem(operation, StatusCodes.Status401Unauthorized, "No valid bearer token (or the session ended).");
            Problem(operation, StatusCodes.Status403Forbidden, "The account's role may not do this.");
        }

        if (keyed)
        {
            security.Add(Requirement(PartnerKey, context.Document));
            Problem(operation, StatusCodes.Status401Unauthorized, "The partner key is unknown, revoked or expired.");
            Problem(operation, StatusCodes.Status403Forbidden, "The partner's agreement does not cover this data group or period.");
        }

        if (anonymous)
        {
            security.Add(new OpenApiSecurityRequirement()); // no credentials needed
        }

        operation.Security = security;
        if (metadata.OfType<PageSizeMetadata>().LastOrDefault() is { } paged)
        {
            Paged(operation, paged.Size);
        }

        if (!operation.Responses.Keys.Any(k => k.StartsWith('4')))
        {
            Problem(operation, StatusCodes.Status400BadRequest, "The request could not be read (a parameter or body in the wrong form).");
        }
    }

    private static void Paged(OpenApiOperation operation, PageSize size)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Paging.LimitParameter,
            In = ParameterLocation.Query,
            Description = $"How many items a page holds (default {size.Default.ToString(CultureInfo.InvariantCulture)}, at most {size.Maximum.ToString(CultureInfo.InvariantCulture)}).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = size.Maximum.ToString(CultureInfo.InvariantCulture), Default = size.Default },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = Paging.CursorParameter,
            In = ParameterLocation.Query,
            Description = "Where the page starts: an opaque token, taken from the previous page's Link header (rel=\"next\"); absent on the last page.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        Problem(operation, StatusCodes.Status400BadRequest, "limit out of range, or a cursor this server did not give.");
        if (operation.Responses!.TryGetValue("200", out var ok) && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            response.Headers["Link"] = new OpenApiHeader { Description = "<…>; rel=\"next\": the address of the next page, when there is one.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
    }

    private static void Problem(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(ProblemDetails)) },
            },
        };
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    /// <summary>"GET api/v1/public/water/stations/{code}/observations" → "getPublicWaterStationsByCodeObservations".</summary>
    public static string OperationId(string method, string route)
    {
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(s => s is "api" or "v1"))
        {
            var name = segment.Trim('{', '}', '*').Split(':')[0];
            if (segment.StartsWith('{'))
            {
                id.Append("By");
            }

            foreach (var word in name.Split('-', '.', '_').Where(w => w.Length > 0))
            {
                id.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return id.ToString();
    }

    // A type whose name another type of the application shares is named with its declaring class
    // ("IndicatorDtosTargetDto", "PlanEndpointsTargetDto") so that each keeps its own schema.
    private static readonly HashSet<string> s_sharedNames = typeof(ApiDescription).Assembly.GetTypes()
        .Where(t => t.IsPublic || t.IsNestedPublic).GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static string? SchemaName(JsonTypeInfo info)
    {
        var name = OpenApiOptions.CreateDefaultSchemaReferenceId(info);
        var type = info.Type;
        return name is not null && s_sharedNames.Contains(type.Name) && type.DeclaringType is { } outer ? outer.Name + name : name;
    }
}
