using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Imports;
using TheoDoi.Shared;
using TheoDoi.Units;

namespace TheoDoi.Indicators;

public static class IndicatorEndpoints
{
    public sealed record VersionDto(int Version, DateTime At, string Actor, string? Reason, IndicatorDefinition? Definition, IReadOnlyList<ChangeDto> Changes);

    public sealed record ChangeDto(string Field, string? Old, string? New);

    public sealed record SaveResultDto(int Saved, IReadOnlyList<SaveValues.SavedValue> Values);

    public sealed record ReviewedDto(int Reviewed);

    public sealed record VersionedDto(int Version);

    /// <summary>A saved batch as the API answers it (indicator values, waste figures).</summary>
    public static Ok<SaveResultDto> SavedOk(SaveValues.Saved saved) => TypedResults.Ok(new SaveResultDto(saved.Values.Count, saved.Values));

    public static RouteGroupBuilder MapIndicators(this RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("Indicators").RequireAuthorization(Policies.SignedIn);

        indicators.MapGet("/", async (bool? includeLongAn, AppDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var access = await AccessAsync(db, clock, user, ct);
            var boards = await IndicatorBoard.LoadAllAsync(db, VietnamTime.Today(clock), access, includeLongAn: includeLongAn ?? false, cancellationToken: ct);
            return boards.Select(b => IndicatorDtos.ToDto(b)).ToList();
        }).WithSummary("The indicators with their targets, latest regional value and status by both methods (region and each province today). Drafts count only for those who may see them, marked provisional.");

        indicators.MapGet("/{code}", async Task<Results<Ok<IndicatorDtos.IndicatorDetailDto>, UseCaseProblem>> (string code, bool? includeLongAn, AppDbContext db, TimeProvider clock, ClaimsPrincipal user, HttpResponse response, CancellationToken ct) =>
            await IndicatorBoard.LoadAsync(db, code, VietnamTime.Today(clock), await AccessAsync(db, clock, user, ct), includeLongAn: includeLongAn ?? false, cancellationToken: ct) is { } board
                ? Shared.Versioning.OkWithETag(
                    Detail(board) with { ServedBy = [.. (await Plans.PlanLinks.ServingIndicatorAsync(db, board.Indicator.Code, ct)).Select(Tasks.TaskDtos.ToDto)] },
                    board.Indicator.Version, response)
                : NotFound(code))
            .WithSummary("One indicator: definition (numerator, denominator, baseline, targets, SDG, method), latest value and status, and the plan's tasks serving it (`servedBy`).");

        indicators.MapGet("/{code}/values", async Task<Results<Ok<IndicatorDtos.ValuesDto>, UseCaseProblem>> (string code, string? by, int? from, int? to, bool? includeLongAn, AppDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (ParseView(by) is not { } view)
            {
                return new UseCaseProblem(s_byRefused);
            }

            return await IndicatorBoard.LoadAsync(db, code, VietnamTime.Today(clock), await AccessAsync(db, clock, user, ct), view, includeLongAn ?? false, from, to, ct) is { } board
                ? TypedResults.Ok(IndicatorDtos.ToValues(board))
                : NotFound(code);
        }).WithSummary("Values by old units (to 06/2025) or new units (today's three, with the old ones added from numerators and denominators), the region and the national series; every aggregate lists the inputs used and missing.");

        indicators.MapGet("/{code}/progress", async Task<Results<Ok<IndicatorDtos.ProgressDto>, UseCaseProblem>> (string code, string? unit, bool? includeLongAn, DateOnly? at, AppDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            await ProgressAsync(db, code, unit, includeLongAn, at, VietnamTime.Today(clock), await AccessAsync(db, clock, user, ct), ct))
            .WithSummary("Progress of a unit (code of today's unit, or with `at` an old one), `region` or `national`: linear required pace and the Open SDG CAGR method side by side, the projection to the target year and the arithmetic.");

        indicators.MapPut("/{code}/values", async Task<Results<Ok<SaveResultDto>, UseCaseProblem>> (string code, SaveValues.Request request, SaveValues save, ClaimsPrincipal user, CancellationToken ct) =>
            (await save.RunAsync(code, request, user, ValueOrigin.Api, ct)).ToHttp(SavedOk))
            .WithSummary("Enter or change values in a batch (all or nothing): `items` of {unit, year, numerator, denominator, value, source, comment, state}. A reporter enters its own unit's values only; a value far from the unit's other years is saved with a flag.");

        indicators.MapPost("/{code}/values/review", async Task<Results<Ok<ReviewedDto>, UseCaseProblem>> (string code, ReviewValues.Request request, ReviewValues review, ClaimsPrincipal user, CancellationToken ct) =>
            (await review.RunAsync(code, request, user, ct)).ToHttp(count => TypedResults.Ok(new ReviewedDto(count)))).RequireAuthorization(Policies.ManagePlan).WithSummary("Approve submitted values (`approve: true`) or return them to draft with a `reason` (coordinator).");

        indicators.MapPut("/{code}", async Task<IResult> (string code, EditIndicator.Request request, EditIndicator edit, AppDbContext db, ClaimsPrincipal user, HttpRequest http, CancellationToken ct) =>
        {
            // The version is required (body or If-Match): 428 without, 409/412 when stale.
            var expected = Shared.Versioning.Read(http, request.Version);
            if (Shared.Versioning.Refusal(expected) is { } refusal)
            {
                return refusal;
            }

            var current = await db.Indicators.WithCode(i => i.Code, code).Select(i => (int?)i.Version).SingleOrDefaultAsync(ct);
            if (current is { } version && version != expected.Version)
            {
                return Shared.Versioning.Stale(expected, version);
            }

            var result = await edit.RunAsync(code, request with { Version = expected.Version }, user, ct);
            return result.ToHttp(v => TypedResults.Ok(new VersionedDto(v)));
        }).RequireAuthorization(Policies.ManagePlan).WithSummary("Change the definition (coordinator): a new version is kept next to the previous ones, with the reason.");

        indicators.MapGet("/{code}/versions", async Task<Results<Ok<IReadOnlyList<VersionDto>>, UseCaseProblem>> (string code, AppDbContext db, CancellationToken ct) =>
            await VersionsAsync(db, code, ct) is { } versions ? TypedResults.Ok(versions) : NotFound(code))
            .WithSummary("Every version of the definition, newest first, with what changed.");

        indicators.MapGet("/quality", async (int? year, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await IndicatorQualityReport.LoadAsync(db, VietnamTime.Today(clock), year, ct))
            .RequireAuthorization(Policies.Oversight)
            .WithSummary("The coordinator's list: values awaiting approval, values flagged as unusual, and required values missing for a year (default: last year).");

        indicators.MapGet("/template", async (int? year, string? units, string? indicators, ValueWorkbook workbook, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var y = year ?? VietnamTime.Today(clock).Year - 1;
            var stream = await workbook.TemplateAsync(y, Split(units), Split(indicators), user, ct);
            return TypedResults.File(stream, ValueWorkbook.ContentType, $"mau-chi-tieu-{y}.xlsx");
        }).ProducesFile(ValueWorkbook.ContentType).WithSummary("XLSX template for a year (`year`) and units (`units=79,74`; default: those you may enter), one sheet per indicator.");

        indicators.MapPost("/import", async Task<IResult> (HttpRequest request, bool? reopenApproved, ValueWorkbook workbook, SaveValues save, ClaimsPrincipal user, CancellationToken ct) =>
        {
            // The right is checked before a byte of the body is read: a leader's workbook costs nothing.
            if (!await save.MayWriteAsync(user, ct))
            {
                return UseCaseResult.Forbidden("Bạn không được nhập số liệu chỉ tiêu.", "You may not enter indicator values.").ToHttp();
            }

            var upload = await UploadForm.ReadAsync(request, XlsxLimits.Workbook.MaxFileBytes, ct);
            if (upload.File is not { } file)
            {
                return upload.Refusal.ToHttp();
            }

            var reopen = reopenApproved ?? (bool.TryParse(upload.Form?["reopenApproved"], out var flag) && flag);
            await using var stream = file.OpenReadStream();
            var result = await workbook.ImportAsync(stream, file.FileName, user, ct, reopen);
            return result.ToHttp(TypedResults.Ok);
        }).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(XlsxLimits.Workbook.MaxFileBytes + (64 << 10)))
            .WithSummary("Upload a filled template (multipart `file`, at most 8 MB; `reopenApproved=true` to replace approved values, coordinator): all or nothing; only changed rows are written; every error names sheet, row, column and reason.");

        return api;
    }

    /// <summary>Read-only endpoints for anyone, approved values only.</summary>
    public static RouteGroupBuilder MapPublicIndicators(this RouteGroupBuilder api)
    {
        var open = api.MapGroup("/public/indicators").WithTags("Public").AllowAnonymous().RequireCors(Web.PublicCors.Policy);

        open.MapGet("/", async (bool? includeLongAn, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            (await IndicatorBoard.LoadAllAsync(db, VietnamTime.Today(clock), IndicatorAccess.Public, includeLongAn: includeLongAn ?? false, cancellationToken: ct))
                .Select(b => IndicatorDtos.ToDto(b)).ToList())
            .PagedList()
            .WithSummary("The indicators with targets, latest approved regional value and status (no sign-in; approved values only).");

        open.MapGet("/{code}", async Task<Results<Ok<IndicatorDtos.IndicatorDetailDto>, UseCaseProblem>> (string code, bool? includeLongAn, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await IndicatorBoard.LoadAsync(db, code, VietnamTime.Today(clock), IndicatorAccess.Public, includeLongAn: includeLongAn ?? false, cancellationToken: ct) is { } board
                ? TypedResults.Ok(Detail(board))
                : NotFound(code))
            .WithSummary("One indicator (approved values only).");

        open.MapGet("/{code}/values", async Task<Results<Ok<IndicatorDtos.ValuesDto>, FileContentHttpResult, UseCaseProblem>> (string code, string? by, int? from, int? to, bool? includeLongAn, string? format, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (ParseView(by) is not { } view)
            {
                return new UseCaseProblem(s_byRefused);
            }

            if (await IndicatorBoard.LoadAsync(db, code, VietnamTime.Today(clock), IndicatorAccess.Public, view, includeLongAn ?? false, from, to, ct) is not { } board)
            {
                return NotFound(code);
            }

            return format == "csv"
                ? TypedResults.File(IndicatorExport.ToCsv(board), "text/csv; charset=utf-8", $"{code}-{(view == UnitView.Old ? "old" : "new")}.csv")
                : TypedResults.Ok(IndicatorDtos.ToValues(board));
        }).ProducesFile("text/csv").WithSummary("Approved values by old or new units with the region and national series; `format=csv` for CSV.");

        open.MapGet("/{code}/progress", async Task<Results<Ok<IndicatorDtos.ProgressDto>, UseCaseProblem>> (string code, string? unit, bool? includeLongAn, DateOnly? at, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await ProgressAsync(db, code, unit, includeLongAn, at, VietnamTime.Today(clock), IndicatorAccess.Public, ct))
            .WithSummary("Progress from approved values: both methods, projection and arithmetic.");

        return api;
    }

    public static async Task<IndicatorAccess> AccessAsync(AppDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
        IndicatorAccess.For(user, await UnitDirectory.LoadAsync(db, ct), VietnamTime.Today(clock));

    public static UnitView? ParseView(string? by) => by?.ToLowerInvariant() switch
    {
        null or "" or "new" => UnitView.New,
        "old" => UnitView.Old,
        _ => null,
    };

    private static async Task<Results<Ok<IndicatorDtos.ProgressDto>, UseCaseProblem>> ProgressAsync(AppDbContext db, string code, string? unit, bool? includeLongAn, DateOnly? at, DateOnly today, IndicatorAccess access, CancellationToken ct)
    {
        var view = at is { } day && day < IndicatorGeography.ArrangementDay ? UnitView.Old : UnitView.New;
        if (await IndicatorBoard.LoadAsync(db, code, today, access, view, includeLongAn ?? false, cancellationToken: ct) is not { } board)
        {
            return NotFound(code);
        }

        var row = board.RowFor(string.IsNullOrEmpty(unit) ? IndicatorTable.RegionKey : unit, at);
        return row is null
            ? new UseCaseProblem(UseCaseResult.NotFound($"Không có đơn vị '{unit}' (mã tỉnh, thành phố, region hoặc national).", $"No unit '{unit}' (a province code, region or national)."))
            : TypedResults.Ok(IndicatorDtos.ToProgress(board, board.Progress(row)));
    }

    private static IndicatorDtos.IndicatorDetailDto Detail(IndicatorBoard board) => new(
        IndicatorDtos.ToDto(board), IndicatorDefinition.Of(board.Indicator, board.Indicator.ResponsibleUnit?.Code),
        board.Indicator.MethodNote, board.Indicator.MethodNoteEn, board.Indicator.Source, board.Indicator.RegistrySource);

    public static async Task<IReadOnlyList<VersionDto>?> VersionsAsync(AppDbContext db, string code, CancellationToken ct)
    {
        var id = await db.Indicators.WithCode(i => i.Code, code).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            return null;
        }

        var versions = await db.IndicatorDefinitionVersions.AsNoTracking().Where(v => v.IndicatorId == id).OrderBy(v => v.Version).ToListAsync(ct);
        var result = new List<VersionDto>();
        IndicatorDefinition? previous = null;
        foreach (var version in versions)
        {
            var definition = IndicatorDefinition.FromJson(version.Snapshot);
            var changes = definition?.ChangesSince(previous).Select(c => new ChangeDto(c.Field, c.Old, c.New)).ToList() ?? [];
            result.Add(new VersionDto(version.Version, version.At, version.Actor, version.Reason, definition, changes));
            previous = definition;
        }

        result.Reverse();
        return result;
    }

    private static UseCaseProblem NotFound(string code) => new(UseCaseResult.NotFound($"Không có chỉ tiêu '{code}'.", $"No indicator '{code}'."));

    private static readonly UseCaseResult s_byRefused = UseCaseResult.Invalid("Tham số by phải là old hoặc new.", "by must be old or new.");

    private static IReadOnlyList<string>? Split(string? list) =>
        list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
