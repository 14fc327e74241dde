using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Core.Texts;

namespace TheoDoi.Shared;

/// <summary>
/// A <see cref="UseCaseResult"/> that carries what the use case produced when it is done. A refusal
/// converts implicitly, so a use case returns <c>UseCaseResult.Forbidden(…)</c> or
/// <c>UseCaseResult.Done(value)</c> from the same method.
/// </summary>
public sealed record UseCaseResult<T>(Outcome Outcome, IReadOnlyList<Bilingual> Messages, IReadOnlyList<LocatedProblem> Problems)
{
    private readonly long? _problemCount;

    // Read through Done(), the one way to the value: it cannot hand a refusal's default to a caller.
    private readonly T? _value;

    internal UseCaseResult(T value)
        : this(Outcome.Done, [], []) => _value = value;

    public bool IsDone => Outcome == Outcome.Done;

    /// <summary>How many problems the refusal found (see <see cref="UseCaseResult.ProblemCount"/>).</summary>
    public long ProblemCount { get => _problemCount ?? Problems.Count; init => _problemCount = value; }

    /// <summary>The reasons in the current UI language.</summary>
    public IReadOnlyList<string> Errors => Messages.Select(m => m.Pick()).ToList();

    /// <summary>The outcome without the value (what a refusal page or problem answer needs).</summary>
    public UseCaseResult Status => new(Outcome, Messages, Problems) { ProblemCount = ProblemCount };

    public static implicit operator UseCaseResult<T>(UseCaseResult refusal)
    {
        // A done result without its value would hand callers a default; only refusals convert.
        if (refusal.IsDone)
        {
            throw new InvalidOperationException("A done use case returns UseCaseResult.Done(value).");
        }

        return new(refusal.Outcome, refusal.Messages, refusal.Problems) { ProblemCount = refusal.ProblemCount };
    }

    /// <summary>The value of a done result (throws on a refusal: check <see cref="IsDone"/> first).</summary>
    public T Done() => IsDone ? _value! : throw new InvalidOperationException("The use case was refused.");

    /// <summary><paramref name="ok"/>'s answer when done, otherwise the refusal as problem details.</summary>
    public Results<TOk, UseCaseProblem> ToHttp<TOk>(Func<T, TOk> ok)
        where TOk : IResult => IsDone ? ok(_value!) : new UseCaseProblem(Status);
}
