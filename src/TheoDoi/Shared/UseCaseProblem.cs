using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using TheoDoi.Core.Texts;

namespace TheoDoi.Shared;

/// <summary>
/// The one mapping of a refused use case to HTTP: problem details with the outcome's status (400
/// invalid, 403 forbidden, 404 not found, 409 conflict), the reasons joined in <c>detail</c> and listed
/// in <c>errors</c> — the item problems when the refusal names items, otherwise the reasons — in the
/// caller's language. It declares those statuses, so the OpenAPI document lists them next to the
/// endpoint's success type (<c>Results&lt;Ok&lt;T&gt;, UseCaseProblem&gt;</c>).
/// </summary>
public sealed class UseCaseProblem(UseCaseResult refusal) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private static readonly Bilingual s_nothingSaved = new("Không lưu gì: ", "Nothing was saved: ");

    public UseCaseResult Refusal { get; } = refusal;

    public int StatusCode => StatusFor(Refusal.Outcome);

    /// <summary>The HTTP status of a refusal (pages answer with the same).</summary>
    public static int StatusFor(Outcome outcome) => outcome switch
    {
        Outcome.NotFound => StatusCodes.Status404NotFound,
        Outcome.Forbidden => StatusCodes.Status403Forbidden,
        Outcome.Conflict => StatusCodes.Status409Conflict,
        Outcome.TooLarge => StatusCodes.Status413PayloadTooLarge,
        Outcome.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var problems = Refusal.Problems;
        var detail = problems.Count == 0
            ? string.Join(" ", Refusal.Errors)
            : s_nothingSaved.Pick() + string.Join("; ", problems.Select(p => p.Located().Pick()));
        // Each problem is written as its own kind (item or cell), not as the base record.
        object errors = problems.Count == 0 ? Refusal.Errors : problems.Cast<object>().ToList();
        return TypedResults.Problem(detail, statusCode: StatusCode, extensions: new Dictionary<string, object?> { ["errors"] = errors })
            .ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var status in new[] { StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict })
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
    }
}
