namespace TheoDoi.Web;

public enum Outcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>
/// What a use case answers: done, or why not (in Vietnamese with English in brackets). Pages show the
/// reasons; endpoints turn them into problem details with the matching status code.
/// </summary>
public sealed record UseCaseResult(Outcome Outcome, IReadOnlyList<string> Errors)
{
    public static UseCaseResult Ok { get; } = new(Outcome.Done, []);

    public static UseCaseResult NotFound(string error) => new(Outcome.NotFound, [error]);

    public static UseCaseResult Forbidden(string error) => new(Outcome.Forbidden, [error]);

    public static UseCaseResult Invalid(params string[] errors) => new(Outcome.Invalid, errors);

    public static UseCaseResult Conflict(string error) => new(Outcome.Conflict, [error]);

    public IResult ToHttp()
    {
        var status = Outcome switch
        {
            Outcome.Done => StatusCodes.Status204NoContent,
            Outcome.NotFound => StatusCodes.Status404NotFound,
            Outcome.Forbidden => StatusCodes.Status403Forbidden,
            Outcome.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return status == StatusCodes.Status204NoContent
            ? TypedResults.NoContent()
            : TypedResults.Problem(string.Join(" ", Errors), statusCode: status,
                extensions: new Dictionary<string, object?> { ["errors"] = Errors });
    }
}
