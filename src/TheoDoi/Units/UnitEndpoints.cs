using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Core.Units;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Units;

public static class UnitEndpoints
{
    public sealed record UnitRef(string Code, string Name, DateOnly? ValidFrom, DateOnly? ValidTo);

    public sealed record LinkDto(UnitRef Unit, SuccessionKind Kind, DateOnly Effective, string? LegalBasis);

    public sealed record UnitDto(
        string Code, string Name, string? ShortName, string? NameEn, UnitKind Kind, string? ParentCode,
        DateOnly? ValidFrom, DateOnly? ValidTo, string? Note, IReadOnlyList<LinkDto> Predecessors, IReadOnlyList<LinkDto> Successors);

    public sealed record HistoryDto(string Code, IReadOnlyList<UnitDto> Periods, IReadOnlyList<UnitRef> HoldersToday);

    public static RouteGroupBuilder MapUnits(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Units").RequireAuthorization(Policies.SignedIn);

        units.MapGet("/", async (DateOnly? at, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var day = at ?? VietnamTime.Today(clock);
            var directory = await UnitDirectory.LoadAsync(db, ct);
            return directory.ValidOn(day).Select(u => ToDto(directory, u)).ToList();
        }).WithSummary("Units valid on a day (default: today in Việt Nam), each with its predecessors and successors.");

        units.MapGet("/{code}/history", async Task<Results<Ok<HistoryDto>, UseCaseProblem>> (string code, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var directory = await UnitDirectory.LoadAsync(db, ct);
            var periods = directory.Units.Where(u => Shared.Codes.Same(u.Code, code)).OrderBy(u => u.ValidFrom).ToList();
            if (periods.Count == 0)
            {
                return new UseCaseProblem(UseCaseResult.NotFound($"Không có đơn vị mã '{code}'.", $"No unit has code '{code}'."));
            }

            var today = VietnamTime.Today(clock);
            var holders = periods.SelectMany(p => directory.HoldersOn(p, today)).DistinctBy(u => u.Id).Select(Ref).ToList();
            return TypedResults.Ok(new HistoryDto(code, periods.Select(p => ToDto(directory, p)).ToList(), holders));
        }).WithSummary("Every period of a unit code, with the merges and renames before and after, and who holds it today.");

        return api;
    }

    private static UnitRef Ref(Unit unit) => new(unit.Code, unit.Name, unit.ValidFrom, unit.ValidTo);

    private static UnitDto ToDto(UnitDirectory directory, Unit unit) => new(
        unit.Code, unit.Name, unit.ShortName, unit.NameEn, unit.Kind, directory.ParentOf(unit)?.Code,
        unit.ValidFrom, unit.ValidTo, unit.Note,
        directory.PredecessorsOf(unit).Select(l => new LinkDto(Ref(directory.ById[l.PredecessorId]), l.Kind, l.Effective, l.LegalBasis)).ToList(),
        directory.SuccessorsOf(unit).Select(l => new LinkDto(Ref(directory.ById[l.SuccessorId]), l.Kind, l.Effective, l.LegalBasis)).ToList());
}
