using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Core.Texts;

namespace TheoDoi.Shared;

public enum Outcome
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,

    /// <summary>The request is larger than the use case accepts (an upload past its limit): 413.</summary>
    TooLarge,

    /// <summary>A part the use case needs is missing on this machine (LibreOffice for a PDF): 503.</summary>
    Unavailable,
}

/// <summary>
/// What a use case answers: done, or why not. Each reason is a <see cref="Bilingual"/> text, so a
/// page shows it in its reader's language and an endpoint answers in the caller's (the language
/// cookie, Vietnamese by default — see Web/WebUi.cs). A batch refusal also names the item and
/// field, or the sheet, row and column, of each reason (<see cref="Problems"/>). <see cref="UseCaseResult{T}"/> is the same with the
/// value a done use case produces; <see cref="UseCaseProblem"/> is the one mapping of a refusal to HTTP.
/// </summary>
public sealed record UseCaseResult(Outcome Outcome, IReadOnlyList<Bilingual> Messages, IReadOnlyList<LocatedProblem> Problems)
{
    public UseCaseResult(Outcome outcome, IReadOnlyList<Bilingual> messages)
        : this(outcome, messages, [])
    {
    }

    private readonly long? _problemCount;

    public static UseCaseResult Ok { get; } = new(Outcome.Done, []);

    /// <summary>How many problems the refusal found: <see cref="Problems"/> may list only the first of them (an import stops listing at 200).</summary>
    public long ProblemCount { get => _problemCount ?? Problems.Count; init => _problemCount = value; }

    /// <summary>Done, with what the use case produced.</summary>
    public static UseCaseResult<T> Done<T>(T value) => new(value);

    public bool IsDone => Outcome == Outcome.Done;

    /// <summary>The reasons in the current UI language.</summary>
    public IReadOnlyList<string> Errors => Messages.Select(m => m.Pick()).ToList();

    public static UseCaseResult NotFound(string vi, string en) => new(Outcome.NotFound, [new(vi, en)]);

    public static UseCaseResult Forbidden(string vi, string en) => new(Outcome.Forbidden, [new(vi, en)]);

    public static UseCaseResult Invalid(string vi, string en) => new(Outcome.Invalid, [new(vi, en)]);

    public static UseCaseResult Invalid(params Bilingual[] messages) => new(Outcome.Invalid, messages);

    public static UseCaseResult Conflict(string vi, string en) => new(Outcome.Conflict, [new(vi, en)]);

    public static UseCaseResult Unavailable(Bilingual reason) => new(Outcome.Unavailable, [reason]);

    /// <summary>A batch refused item by item: <paramref name="outcome"/> is Invalid or Forbidden.</summary>
    public static UseCaseResult Refused(Outcome outcome, IReadOnlyList<LocatedProblem> problems) =>
        new(outcome, problems.Select(p => p.Located()).ToList(), problems);

    /// <summary>A batch refused item by item, of which <paramref name="problems"/> are the first <paramref name="problems"/>.Count of <paramref name="count"/>.</summary>
    public static UseCaseResult Refused(Outcome outcome, IReadOnlyList<LocatedProblem> problems, long count) =>
        Refused(outcome, problems) with { ProblemCount = Math.Max(count, problems.Count) };

    /// <summary>204 when done, otherwise the refusal as problem details.</summary>
    public Results<NoContent, UseCaseProblem> ToHttp() => IsDone ? TypedResults.NoContent() : new UseCaseProblem(this);
}
