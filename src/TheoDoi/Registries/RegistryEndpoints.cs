using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Indicators;
using TheoDoi.Shared;

namespace TheoDoi.Registries;

public static class RegistryEndpoints
{
    public sealed record CheckDto(int Id, DateOnly Date, bool MeetsStandard, CheckMethod Method, string? Reference, string? Standard, string? Note);

    public sealed record ParkDto(
        int Id, string Code, string Name, ParkKind Kind, string Unit, string UnitName, string HolderOnDay, decimal? AreaHa, DateOnly? OperatingSince,
        ParkState State, DateOnly? ClosedOn, bool HasCentralPlant, DateOnly? PlantSince, decimal? PlantCapacity, bool ConnectedToAutoMonitoring,
        bool Demo, DateOnly Day, bool Operating, bool Compliant, CheckDto? LatestCheck, IReadOnlyList<CheckDto> Checks);

    public sealed record IndicatorRowDto(string Unit, string Name, int Operating, int Compliant, double? Value, IReadOnlyList<string> OperatingParks, IReadOnlyList<string> CompliantParks);

    public sealed record WasteDto(string Unit, string UnitName, int Year, decimal? UrbanGenerated, decimal? UrbanCollected, decimal? UrbanTreated,
        decimal? HazardousGenerated, decimal? HazardousTreated, double? UrbanShare, double? HazardousShare, string? Source, bool Demo);

    /// <summary>The id of a saved park or check.</summary>
    public sealed record SavedIdDto(int Id);

    public static RouteGroupBuilder MapRegistries(this RouteGroupBuilder api)
    {
        var registries = api.MapGroup("/registries").WithTags("Registries").RequireAuthorization(Policies.SignedIn);

        registries.MapGet("/parks", async (DateOnly? at, string? unit, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var day = at ?? VietnamTime.Today(clock);
            var (parks, directory) = await ParkRegistry.LoadAsync(db, ct);
            return ParkRegistry.OnDay(parks, directory, day).Where(p => unit is null || p.Holder.Code == unit).Select(p => ToDto(p, day, directory)).ToList();
        }).WithSummary("Industrial parks and export processing zones as they stood on a day (`at`, default today): operating, plant, compliance and the check that showed it. Filter `unit` (holder that day).");

        registries.MapGet("/parks/{id:int}", async Task<Results<Ok<ParkDto>, UseCaseProblem>> (int id, DateOnly? at, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var day = at ?? VietnamTime.Today(clock);
            var (parks, directory) = await ParkRegistry.LoadAsync(db, ct);
            return parks.FirstOrDefault(p => p.Id == id) is { } park
                ? TypedResults.Ok(ToDto(ParkRegistry.OnDay([park], directory, day)[0], day, directory))
                : new UseCaseProblem(UseCaseResult.NotFound($"Không có KCN {id}.", $"No park {id}."));
        }).WithSummary("One park with all its inspections and monitoring results.");

        registries.MapPost("/parks", async Task<Results<Ok<SavedIdDto>, UseCaseProblem>> (ParkRegistry.SaveRequest request, ParkRegistry registry, ClaimsPrincipal user, CancellationToken ct) =>
            (await registry.SaveAsync(null, request, user, ct)).ToHttp(id => TypedResults.Ok(new SavedIdDto(id))))
            .WithSummary("Register a park (coordinator, steward, admin; a reporter for its own province).");

        registries.MapPut("/parks/{id:int}", async Task<Results<Ok<SavedIdDto>, UseCaseProblem>> (int id, ParkRegistry.SaveRequest request, ParkRegistry registry, ClaimsPrincipal user, CancellationToken ct) =>
            (await registry.SaveAsync(id, request, user, ct)).ToHttp(id => TypedResults.Ok(new SavedIdDto(id))))
            .WithSummary("Change a park (fields left out keep their value).");

        registries.MapPost("/parks/{id:int}/checks", async Task<Results<Ok<SavedIdDto>, UseCaseProblem>> (int id, ParkRegistry.CheckRequest request, ParkRegistry registry, ClaimsPrincipal user, CancellationToken ct) =>
            (await registry.AddCheckAsync(id, request, user, ct)).ToHttp(id => TypedResults.Ok(new SavedIdDto(id))))
            .WithSummary("Record an inspection or monitoring result of the park's central plant: date, met the standard or not, the document that shows it.");

        registries.MapGet("/parks/indicator", async (DateOnly? at, string? by, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var today = VietnamTime.Today(clock);
            var (parks, directory) = await ParkRegistry.LoadAsync(db, ct);
            return ParkRegistry.IndicatorAt(parks, directory, at ?? today, today, by == "new").Select(r => new IndicatorRowDto(
                r.Key, r.Name, r.Operating.Count, r.Compliant.Count, r.Value is { } v ? IndicatorDtos.Round(v) : null,
                r.Operating.Select(p => p.Park.Code).ToList(), r.Compliant.Select(p => p.Park.Code).ToList())).ToList();
        }).WithSummary("Indicator 1 on a day: operating parks with a compliant central plant ÷ operating parks, by unit (valid that day, or today's with by=new) and for the region, with the parks behind each number.");

        registries.MapGet("/waste", async (int? year, AppDbContext db, CancellationToken ct) =>
            (await db.WasteStatistics.AsNoTracking().Include(w => w.Unit).Where(w => year == null || w.Year == year).OrderBy(w => w.Year).ThenBy(w => w.Unit.Code).ToListAsync(ct))
                .Select(ToDto).ToList())
            .WithSummary("Waste statistics per unit and year (urban domestic solid waste t/day; hazardous waste t/year).");

        registries.MapPut("/waste", async Task<Results<Ok<IndicatorEndpoints.SaveResultDto>, UseCaseProblem>> (WasteRegistry.Request request, WasteRegistry registry, ClaimsPrincipal user, CancellationToken ct) =>
            (await registry.SaveAsync(request, user, ct)).ToHttp(IndicatorEndpoints.SavedOk))
            .WithSummary("Enter waste statistics in a batch (all or nothing): `items` of {unit, year, urbanGenerated, urbanCollected, urbanTreated, hazardousGenerated, hazardousTreated, source}.");

        registries.MapPost("/compute/{code}", async Task<Results<Ok<IReadOnlyList<ComputeIndicatorValues.Line>>, UseCaseProblem>> (string code, ComputeIndicatorValues.Request request, ComputeIndicatorValues compute, ClaimsPrincipal user, CancellationToken ct) =>
            (await compute.RunAsync(code, request, user, ct)).ToHttp(TypedResults.Ok)).RequireAuthorization(Policies.ManagePlan).WithSummary("Compute an indicator's values for a year from its registry (coordinator); values entered by hand are kept.");

        return api;
    }

    private static CheckDto ToDto(ParkComplianceCheck c) => new(c.Id, c.Date, c.MeetsStandard, c.Method, c.Reference, c.Standard, c.Note);

    private static ParkDto ToDto(ParkOnDay p, DateOnly day, Units.UnitDirectory directory) => new(
        p.Park.Id, p.Park.Code, p.Park.Name, p.Park.Kind, directory.ById[p.Park.UnitId].Code, directory.ById[p.Park.UnitId].Name, p.Holder.Name,
        p.Park.AreaHa, p.Park.OperatingSince, p.Park.State, p.Park.ClosedOn, p.Park.HasCentralPlant, p.Park.PlantSince, p.Park.PlantCapacity,
        p.Park.ConnectedToAutoMonitoring, p.Park.IsDemo, day, p.Operating, p.Compliant, p.Check is { } c ? ToDto(c) : null,
        p.Park.Checks.OrderByDescending(c => c.Date).Select(ToDto).ToList());

    public static WasteDto ToDto(WasteStatistic w)
    {
        return new(w.Unit.Code, w.Unit.Name, w.Year, w.UrbanGenerated, w.UrbanCollected, w.UrbanTreated, w.HazardousGenerated, w.HazardousTreated,
            w.UrbanTreated is { } ut && w.UrbanGenerated is { } ug && ug > 0 ? IndicatorDtos.Round((double)(100 * ut / ug)) : null,
            w.HazardousTreated is { } ht && w.HazardousGenerated is { } hg && hg > 0 ? IndicatorDtos.Round((double)(100 * ht / hg)) : null,
            w.Source, w.IsDemo);
    }
}
