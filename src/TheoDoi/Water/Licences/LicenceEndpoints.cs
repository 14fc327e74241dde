using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Imports;
using TheoDoi.Shared;
using static TheoDoi.Water.Licences.LicenceDtos;

namespace TheoDoi.Water.Licences;

/// <summary>
/// <c>/api/v1/water/licences</c> and <c>/zones</c>: signed-in users read, data stewards and admins (the
/// editors of water data) write; <c>/api/v1/public/water/licences</c> reads without the holder.
/// </summary>
public static class LicenceEndpoints
{
    private const long ZoneFileLimit = 4L << 20;
    private const long RegistryUploadLimit = Registries.RegistryUpload.RequestLimit;

    public static RouteGroupBuilder MapLicences(this RouteGroupBuilder api)
    {
        var water = api.MapGroup("/water").WithTags("Water licences").RequireAuthorization(Policies.SignedIn);
        MapReads(water, withHolder: true);

        water.MapPost("/licences", async Task<Results<Ok<SavedDto>, UseCaseProblem>> (LicenceRegister.SaveRequest request, LicenceRegister register, ClaimsPrincipal user, CancellationToken ct) =>
            (await register.SaveAsync(null, request, user, ct)).ToHttp(n => TypedResults.Ok(new SavedDto(n))))
            .RequireAuthorization(Policies.DataStewardship)
            .WithSummary("Register an abstraction licence (numbers with a slash go in routes escaped, 12%2FGP-BTNMT) (Nghị định 54/2024): number, holder, source surface|ground, waterBody, province, latitude, longitude, purpose, maxM3PerDay, validFrom, validTo, issuingBody, state active|suspended|revoked, optional stationCode.");

        water.MapPut("/licences/{number}", async Task<Results<Ok<SavedDto>, UseCaseProblem>> (string number, LicenceRegister.SaveRequest request, LicenceRegister register, ClaimsPrincipal user, CancellationToken ct) =>
            (await register.SaveAsync(Key(number), request, user, ct)).ToHttp(n => TypedResults.Ok(new SavedDto(n))))
            .RequireAuthorization(Policies.DataStewardship)
            .WithSummary("Change a licence (fields left out keep their value).");

        water.MapPut("/licences/{number}/volumes", async Task<Results<Ok<CountDto>, UseCaseProblem>> (string number, LicenceRegister.VolumesRequest request, LicenceRegister register, ClaimsPrincipal user, CancellationToken ct) =>
            (await register.ReportVolumesAsync(Key(number), request, user, ct)).ToHttp(n => TypedResults.Ok(new CountDto(n))))
            .RequireAuthorization(Policies.DataStewardship)
            .WithSummary("Report monthly abstracted volumes: `items` of {year, month, volumeM3}; a month reported again replaces its figure. All or nothing.");

        water.MapPost("/licences/import", async Task<Results<Ok<CountDto>, UseCaseProblem>> (HttpRequest request, LicenceWorkbook workbook, ClaimsPrincipal user, CancellationToken ct) =>
        {
            // The right is checked before a byte of the body is read (Imports/UploadForm).
            if (!LicenceRegister.MayEdit(user))
            {
                return new UseCaseProblem(UseCaseResult.Forbidden("Bạn không được sửa sổ giấy phép.", "You may not change the licence register."));
            }

            var upload = await UploadForm.ReadAsync(request, XlsxLimits.Workbook.MaxFileBytes, ct);
            if (upload.File is not { } file)
            {
                return new UseCaseProblem(upload.Refusal);
            }

            await using var stream = file.OpenReadStream();
            return (await workbook.ImportAsync(stream, file.FileName, user, ct)).ToHttp(n => TypedResults.Ok(new CountDto(n)));
        }).RequireAuthorization(Policies.DataStewardship).DisableAntiforgery() // bearer-token API: no cookie, so no cross-site forgery
            .WithMetadata(new RequestSizeLimitAttribute(RegistryUploadLimit))
            .WithSummary("Import licences and monthly volumes from XLSX (sheets \"Giay phep\" and \"San luong\", the export's layout), all or nothing; 400 names sheet, row, column and reason.");

        water.MapGet("/licences/export", async (LicenceWorkbook workbook, TimeProvider clock, CancellationToken ct) =>
            TypedResults.File(await workbook.ExportAsync(ct), Indicators.ValueWorkbook.ContentType, $"giay-phep-khai-thac-nuoc-{VietnamTime.Today(clock):yyyy-MM-dd}.xlsx"))
            .ProducesFile(Indicators.ValueWorkbook.ContentType).WithSummary("The licence register and monthly volumes as XLSX (also the import template).");

        water.MapPost("/zones", async Task<Results<Ok<CountDto>, UseCaseProblem>> (HttpRequest request, ImportZones import, ClaimsPrincipal user, CancellationToken ct) =>
        {
            var tooLarge = new UseCaseProblem(new UseCaseResult(Outcome.TooLarge, [new("Tệp GeoJSON quá lớn (tối đa 4 MB).", "The GeoJSON is too large (4 MB at most).")], []));
            if (request.ContentLength > ZoneFileLimit)
            {
                return tooLarge;
            }

            await using var body = await BoundedBody.ReadAsync(request.Body, ZoneFileLimit, ct);
            if (body is null)
            {
                return tooLarge;
            }

            using var reader = new StreamReader(body);
            var text = await reader.ReadToEndAsync(ct);
            return (await import.RunAsync(text, user, ct)).ToHttp(n => TypedResults.Ok(new CountDto(n)));
        }).RequireAuthorization(Policies.DataStewardship).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(ZoneFileLimit))
            .WithSummary("Import groundwater restricted zones: a GeoJSON FeatureCollection of Polygons in EPSG:4326 (properties name, decision, validFrom yyyy-MM-dd, kind restricted|prohibited), all or nothing; refusals name the feature.");

        var open = api.MapGroup("/public/water").WithTags("Water licences (public)").AllowAnonymous().RequireCors(Web.PublicCors.Policy);
        MapReads(open, withHolder: false);
        return api;
    }

    private static void MapReads(RouteGroupBuilder group, bool withHolder)
    {
        var scope = withHolder ? "" : " Without the holder (it may be a person).";
        group.MapGet("/licences", async (AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            (await LicenceQueries.RegisterAsync(db, VietnamTime.Today(clock), ct)).Select(v => ToDto(v, withHolder)).ToList())
            .PagedList()
            .WithSummary("Abstraction licences with their state, expiry within 90 days, the groundwater restricted zones their work lies in and this year's compliance." + scope);

        group.MapGet("/licences/{number}", async Task<Results<Ok<LicenceDto>, UseCaseProblem>> (string number, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var all = await LicenceQueries.RegisterAsync(db, VietnamTime.Today(clock), ct);
            return all.FirstOrDefault(v => string.Equals(v.Licence.Number, Key(number), StringComparison.OrdinalIgnoreCase)) is { } view
                ? TypedResults.Ok(ToDto(view, withHolder))
                : NotFound(number);
        }).WithSummary("One licence." + scope);

        group.MapGet("/licences/{number}/compliance", async Task<Results<Ok<ComplianceDto>, UseCaseProblem>> (string number, int? year, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await LicenceRegister.FindAsync(db, Key(number), ct) is not { } licence)
            {
                return NotFound(number);
            }

            var y = year ?? VietnamTime.Today(clock).Year;
            if (y is < 1990 or > 2100)
            {
                return new UseCaseProblem(UseCaseResult.Invalid($"Năm {y} không hợp lệ.", $"Invalid year {y}."));
            }

            return TypedResults.Ok(ToDto(licence, y, await LicenceQueries.ComplianceAsync(db, licence, y, ct)));
        }).WithSummary("Compliance per month of a year (default this year): abstracted (reported monthly volume, else the sum of the linked station's validated daily readings) against licensed (maximum × valid days), days over the daily maximum, status and why.");

        group.MapGet("/zones", async (AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var today = VietnamTime.Today(clock);
            var zones = await LicenceQueries.ZonesAsync(db, ct);
            var views = await LicenceQueries.RegisterAsync(db, today, ct);
            return zones.Select(z => new ZoneDto(z.Zone.Id, z.Zone.Name, z.Zone.Decision, z.Zone.ValidFrom, z.Zone.Kind, z.Zone.IsDemo,
                views.Where(v => v.Zones.Any(x => x.Id == z.Zone.Id)).Select(v => v.Licence.Number).ToList())).ToList();
        }).PagedList().WithSummary("Groundwater restricted and prohibited zones with the groundwater licences whose work lies inside.");
    }

    /// <summary>Licence numbers hold slashes ("123/GP-BTNMT"): a route carries them escaped (%2F), which routing leaves undecoded.</summary>
    private static string Key(string number) => Uri.UnescapeDataString(number).Trim();

    private static UseCaseProblem NotFound(string number) => new(UseCaseResult.NotFound($"Không có giấy phép số {number}.", $"No licence {number}."));
}
