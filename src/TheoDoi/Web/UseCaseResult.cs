using TheoDoi.Core.Texts;

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
/// What a use case answers: done, or why not. Each reason is a <see cref="Bilingual"/> text, so a
/// page shows it in its reader's language and an endpoint answers in the caller's
/// (Accept-Language). Endpoints turn the outcome into problem details with the matching status code.
/// </summary>
public sealed record UseCaseResult(Outcome Outcome, IReadOnlyList<Bilingual> Messages)
{
    public static UseCaseResult Ok { get; } = new(Outcome.Done, []);

    /// <summary>The reasons in the current UI language.</summary>
    public IReadOnlyList<string> Errors => Messages.Select(m => m.Pick()).ToList();

    public static UseCaseResult NotFound(string vi, string en) => new(Outcome.NotFound, [new(vi, en)]);

    public static UseCaseResult Forbidden(string vi, string en) => new(Outcome.Forbidden, [new(vi, en)]);

    public static UseCaseResult Invalid(string vi, string en) => new(Outcome.Invalid, [new(vi, en)]);

    public static UseCaseResult Invalid(params Bilingual[] messages) => new(Outcome.Invalid, messages);

    public static UseCaseResult Conflict(string vi, string en) => new(Outcome.Conflict, [new(vi, en)]);

    /// <summary>Legacy single-language text (shown as it is in both languages); prefer the (vi, en) overloads.</summary>
    public static UseCaseResult NotFound(string error) => new(Outcome.NotFound, [new(error, error)]);

    /// <inheritdoc cref="NotFound(string)"/>
    public static UseCaseResult Forbidden(string error) => new(Outcome.Forbidden, [new(error, error)]);

    /// <inheritdoc cref="NotFound(string)"/>
    public static UseCaseResult Invalid(params string[] errors) => new(Outcome.Invalid, errors.Select(e => new Bilingual(e, e)).ToList());

    /// <inheritdoc cref="NotFound(string)"/>
    public static UseCaseResult Conflict(string error) => new(Outcome.Conflict, [new(error, error)]);

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
        var errors = Errors;
        return status == StatusCodes.Status204NoContent
            ? TypedResults.NoContent()
            : TypedResults.Problem(string.Join(" ", errors), statusCode: status,
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }
}
