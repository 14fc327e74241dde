using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using TheoDoi.Core.Texts;

namespace TheoDoi.Shared;

/// <summary>
/// The one mapping of a refused use case to HTTP: problem details with the outcome's status (400
/// invalid, 403 forbidden, 404 not found, 409 conflict), the reasons joined in <c>detail</c> and listed
/// in <c>errors</c> — the item, cell or row problems when the refusal names them (with their total in
/// <c>errorCount</c>), otherwise the reasons — in the caller's language. It declares those statuses, so the OpenAPI document lists them next to the
/// endpoint's success type (<c>Results&lt;Ok&lt;T&gt;, UseCaseProblem&gt;</c>).
/// </summary>
public sealed class UseCaseProblem(UseCaseResult refusal) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    // The detail names the first few problems; all of them (up to what the use case listed) are in errors.
    private const int ProblemsInDetail = 3;

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
        var extensions = new Dictionary<string, object?>();
        if (problems.Count == 0)
        {
            extensions["errors"] = Refusal.Errors;
        }
        else
        {
            // Each problem is written as its own kind (item, cell or row), not as the base record.
            extensions["errors"] = problems.Cast<object>().ToList();
            extensions["errorCount"] = Refusal.ProblemCount;
        }

        var detail = problems.Count == 0 ? string.Join(" ", Refusal.Errors) : Summary(Refusal.ProblemCount, problems).Pick();
        return TypedResults.Problem(detail, statusCode: StatusCode, extensions: extensions).ExecuteAsync(httpContext);
    }

    /// <summary>"3 lỗi, không có dữ liệu nào được ghi: dòng 2, cột station: …; … và 1 lỗi khác" — the count, that nothing was written, the first problems.</summary>
    public static Bilingual Summary(long count, IReadOnlyList<LocatedProblem> problems)
    {
        var shown = problems.Take(ProblemsInDetail).Select(p => p.Located()).ToList();
        var rest = count - shown.Count;
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        return new(
            $"{count.ToString("N0", vi)} lỗi, không có dữ liệu nào được ghi: {string.Join("; ", shown.Select(s => s.Vi))}" + (rest > 0 ? $"; … và {rest.ToString("N0", vi)} lỗi khác." : "."),
            $"{count.ToString("N0", CultureInfo.InvariantCulture)} problem(s), nothing was written: {string.Join("; ", shown.Select(s => s.En))}" + (rest > 0 ? $"; … and {rest.ToString("N0", CultureInfo.InvariantCulture)} more." : "."));
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        foreach (var status in new[] { StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict })
        {
            builder.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
        }
    }
}
