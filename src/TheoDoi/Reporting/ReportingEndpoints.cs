using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Reporting;

public static class ReportingEndpoints
{
    public static RouteGroupBuilder MapReporting(this RouteGroupBuilder api)
    {
        var cycles = api.MapGroup("/reporting/cycles").WithTags("Reporting");

        cycles.MapPost("/", async Task<Results<Created<ReportDtos.CycleDto>, UseCaseProblem>> (OpenCycle.Request request, OpenCycle open, ClaimsPrincipal user, CancellationToken ct) =>
            (await open.RunAsync(request, user, ct)).ToHttp(cycle => TypedResults.Created($"/api/v1/reporting/cycles/{cycle.Year}", ReportDtos.ToDto(cycle)))).RequireAuthorization(Policies.ManagePlan)
          .WithSummary("Open a year's cycle: {year, deadline?, windowStart?, windowEnd?, units?}. Defaults: window 15/12–14/12 (Decree 09/2019), deadline 10/12, units holding a task that year.");

        cycles.MapGet("/", async (AppDbContext db, CancellationToken ct) =>
            (await db.ReportingCycles.AsNoTracking().Include(c => c.Reports).OrderByDescending(c => c.Year).ToListAsync(ct)).Select(ReportDtos.ToDto).ToList())
            .RequireAuthorization(Policies.SignedIn).WithSummary("All cycles, newest first.");

        cycles.MapGet("/{year:int}", async Task<Results<Ok<ReportDtos.CycleDto>, UseCaseProblem>> (int year, AppDbContext db, CancellationToken ct) =>
            await db.ReportingCycles.AsNoTracking().Include(c => c.Reports).SingleOrDefaultAsync(c => c.Year == year, ct) is { } cycle
                ? TypedResults.Ok(ReportDtos.ToDto(cycle))
                : new UseCaseProblem(NoCycle(year)))
            .RequireAuthorization(Policies.SignedIn).WithSummary("One cycle: window, deadline (end of day in Việt Nam), state and counts.");

        cycles.MapGet("/{year:int}/reports", async Task<Results<Ok<List<ReportDtos.DashboardRow>>, UseCaseProblem>> (int year, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await CycleDashboard.LoadAsync(db, year, clock, ct) is { } dashboard
                ? TypedResults.Ok(dashboard.Rows.Select(r => new ReportDtos.DashboardRow(
                    r.Report.Unit.Code, r.Report.Unit.Name, r.Report.State, ReportDtos.ToDto(r.Timeliness), r.Report.SubmittedAt, r.LastActivity, r.Report.LateEntryUntil)).ToList())
                : new UseCaseProblem(NoCycle(year)))
            .RequireAuthorization(Policies.Oversight).WithSummary("Every unit's report state and timeliness (coordinators; leaders read-only).");

        cycles.MapPost("/{year:int}/close", async Task<IResult> (int year, AppDbContext db, CancellationToken ct) =>
        {
            var cycle = await db.ReportingCycles.SingleOrDefaultAsync(c => c.Year == year, ct);
            if (cycle is null)
            {
                return NoCycle(year).ToHttp();
            }

            cycle.State = CycleState.Closed;
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.Review).WithSummary("Close a cycle: units then edit or submit only with a late-entry exception (coordinator).");

        var report = cycles.MapGroup("/{year:int}/reports/{unitCode}");

        report.MapGet("/", async Task<Results<Ok<ReportDtos.ReportDto>, UseCaseProblem>> (int year, string unitCode, ReportEditing editing, TimeProvider clock, ClaimsPrincipal user, HttpResponse response, CancellationToken ct) =>
        {
            if (!ReportAccess.For(user, unitCode).CanRead)
            {
                return new UseCaseProblem(UseCaseResult.Forbidden("Bạn chỉ được xem báo cáo của đơn vị mình.", "You may read only your own unit's report."));
            }

            return await editing.LoadAsync(year, unitCode, ct) is { } found
                ? Shared.Versioning.OkWithETag(ReportDtos.ToDto(found, clock), found.Version, response)
                : new UseCaseProblem(UseCaseResult.NotFound($"Không có báo cáo năm {year} của đơn vị {unitCode}.", $"No report of {unitCode} for {year}."));
        }).RequireAuthorization(Policies.SignedIn).WithSummary("A unit's report with its tasks, indicators, history and why it is locked.");

        report.MapPut("/", async Task<IResult> (int year, string unitCode, ReportEditing.SaveRequest request, ReportEditing editing, TimeProvider clock, ClaimsPrincipal user, HttpContext http, CancellationToken ct) =>
        {
            // The version is required (body or If-Match): 428 without, 409/412 when stale; answers the saved report.
            var expected = Shared.Versioning.Read(http.Request, request.Version);
            if (ReportAccess.For(user, unitCode).CanWrite && Shared.Versioning.Refusal(expected) is { } refusal)
            {
                return refusal;
            }

            var result = await editing.SaveAsync(year, unitCode, request with { Version = expected.Version }, user, ct);
            var saved = result.Outcome is Shared.Outcome.Done or Shared.Outcome.Conflict ? await editing.LoadAsync(year, unitCode, ct) : null;
            return result.Outcome switch
            {
                Shared.Outcome.Done => Shared.Versioning.OkWithETag(ReportDtos.ToDto(saved!, clock), saved!.Version, http.Response),
                // A stale If-Match is 412; a stale body version keeps the use case's own words (who saved it).
                Shared.Outcome.Conflict when saved is not null && expected.FromHeader => Shared.Versioning.Stale(expected, saved.Version),
                _ => result.ToHttp(),
            };
        }).RequireAuthorization(Policies.SignedIn).WithSummary("Save the draft (own unit only). The version is required: `version` or `If-Match` with the GET's ETag (428 without, 409/412 when stale). Answers the saved report with its ETag.");

        report.MapPost("/submit", async (int year, string unitCode, ReportEditing.TransitionRequest? request, ReportEditing editing, ClaimsPrincipal user, CancellationToken ct) =>
            (await editing.TransitionAsync(year, unitCode, ReportState.Submitted, request ?? new(), user, ct)).ToHttp())
            .RequireAuthorization(Policies.SignedIn).WithSummary("Submit (or resubmit a returned report) — own unit only.");

        report.MapPost("/return", async (int year, string unitCode, ReportEditing.TransitionRequest request, ReportEditing editing, ClaimsPrincipal user, CancellationToken ct) =>
            (await editing.TransitionAsync(year, unitCode, ReportState.Returned, request, user, ct)).ToHttp())
            .RequireAuthorization(Policies.Review).WithSummary("Return a submitted report with a reason {reason} (coordinator).");

        report.MapPost("/accept", async (int year, string unitCode, ReportEditing.TransitionRequest? request, ReportEditing editing, ClaimsPrincipal user, CancellationToken ct) =>
            (await editing.TransitionAsync(year, unitCode, ReportState.Accepted, request ?? new(), user, ct)).ToHttp())
            .RequireAuthorization(Policies.Review).WithSummary("Accept a submitted report; it is then locked (coordinator).");

        report.MapPost("/late-entry", async (int year, string unitCode, ReportEditing.LateEntryRequest request, ReportEditing editing, ClaimsPrincipal user, CancellationToken ct) =>
            (await editing.GrantLateEntryAsync(year, unitCode, request, user, ct)).ToHttp())
            .RequireAuthorization(Policies.Review).WithSummary("Grant a time-limited late-entry exception {until, reason} (coordinator; audited).");

        report.MapPost("/attachments", async Task<IResult> (int year, string unitCode, HttpRequest request, ReportEditing editing, ClaimsPrincipal user, CancellationToken ct) =>
        {
            // Read within the attachment limit, so a file too large is a 413 with the limit, not a bare error.
            var upload = await Imports.UploadForm.ReadAsync(request, Tasks.EvidenceFiles.MaxBytes + (64 << 10), ct);
            return upload.Form is { } form
                ? (await editing.AttachAsync(year, unitCode, form.Files.GetFile("file") ?? form.Files.FirstOrDefault(), user, ct)).ToHttp()
                : upload.Refusal.ToHttp();
        })
            .DisableAntiforgery() // bearer-token API: no cookie, so no cross-site forgery
            .RequireAuthorization(Policies.SignedIn).WithSummary("Attach a file to the report (own unit, while editable; multipart field `file`).");

        report.MapGet("/attachments/{attachmentId:int}", DownloadAsync).ProducesFile("application/octet-stream")
            .RequireAuthorization(Policies.SignedIn).WithSummary("Download a report attachment (as an attachment).");

        cycles.MapGet("/{year:int}/consolidated", async Task<Results<FileContentHttpResult, UseCaseProblem>> (int year, string? format, bool? party, bool? draft, ConsolidatedFiles files, CancellationToken ct) =>
            (await files.CreateAsync(year, format ?? "docx", party ?? false, draft ?? false, ct)).ToHttp(file => TypedResults.File(file.Content, file.ContentType, file.FileName))).RequireAuthorization(Policies.Oversight)
          .ProducesFile(ConsolidatedFiles.DocxType, ConsolidatedFiles.XlsxType, ConsolidatedFiles.PdfType)
          .WithSummary("The consolidated report: format=docx|xlsx|pdf, party=true for the Party format, draft=true to include reports not yet accepted (marked DỰ THẢO).");

        return api;
    }

    private static UseCaseResult NoCycle(int year) => UseCaseResult.NotFound($"Chưa có kỳ báo cáo năm {year}.", $"There is no reporting cycle for {year}.");

    public static async Task<Results<FileStreamHttpResult, UseCaseProblem>> DownloadAsync(int year, string unitCode, int attachmentId, ReportEditing editing, ClaimsPrincipal user, CancellationToken ct)
    {
        var opened = await editing.OpenAttachmentAsync(year, unitCode, attachmentId, user, ct);
        return opened.ToHttp(found => TypedResults.File(found.Content, found.Attachment.ContentType, found.Attachment.FileName));
    }
}
