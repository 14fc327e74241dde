using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TheoDoi.Accounts;
using TheoDoi.Core.Time;
using TheoDoi.Core.Water;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// <c>/api/v1/water/…</c> for signed-in users (raw and validated data, with QC states) and
/// <c>/api/v1/public/water/…</c> for anyone (validated data only).
/// </summary>
public static class WaterEndpoints
{
    public static RouteGroupBuilder MapWater(this RouteGroupBuilder api)
    {
        var water = api.MapGroup("/water").WithTags("Water").RequireAuthorization(Policies.SignedIn);
        MapReads(water, validatedOnly: false);

        water.MapPost("/observations/import", ImportAsync)
            .RequireAuthorization(Policies.DataStewardship)
            .DisableAntiforgery() // bearer-token API: no cookie, so no cross-site forgery
            .WithMetadata(new RequestSizeLimitAttribute(4L * 1024 * 1024 * 1024))
            .WithFormOptions(multipartBodyLengthLimit: 4L * 1024 * 1024 * 1024)
            .WithSummary("Import an observation file (multipart field `file`: canonical long CSV, wide CSV or XLSX; optional `qc`=raw|validated, `source`). All or nothing: 400 lists every error with row, column and reason.");

        water.MapPost("/stations/{code}/validation", async Task<Results<Ok<WaterDtos.ValidatedDto>, Shared.UseCaseProblem>> (string code, ValidateObservations.Request request, ValidateObservations validate, CancellationToken ct) =>
            (await validate.RunAsync(code, request, ct)).ToHttp(changed => TypedResults.Ok(new WaterDtos.ValidatedDto(changed)))).RequireAuthorization(Policies.DataStewardship)
            .WithSummary("Mark a station's observations of a period (optionally one parameter) validated or rejected; recomputes its indices.");

        WaterSecurityEndpoints.MapLevelVolume(water);
        water.MapGet("/alerts", async (AppDbContext db, string? station, DateOnly? from, DateOnly? to, CancellationToken ct) =>
            await AlertsAsync(db, station, from, to, validatedOnly: false, ct))
            .PagedList()
            .WithSummary("Exceedances of QCVN 08:2023 Bảng 1 and of stations' target levels, newest first (at most 1,000).");

        var open = api.MapGroup("/public/water").WithTags("Water (public)").AllowAnonymous().RequireCors(Web.PublicCors.Policy);
        MapReads(open, validatedOnly: true);
        open.MapGet("/alerts", async (AppDbContext db, string? station, DateOnly? from, DateOnly? to, CancellationToken ct) =>
            await AlertsAsync(db, station, from, to, validatedOnly: true, ct))
            .AllowAnonymous()
            .PagedList()
            .WithSummary("Exceedances found in validated data, newest first (at most 1,000).");
        return api;
    }

    private static void MapReads(RouteGroupBuilder group, bool validatedOnly)
    {
        var scope = validatedOnly ? " Validated data only." : " Raw and validated data, with their QC state.";
        WaterSecurityEndpoints.MapSecurityReads(group, validatedOnly);
        StationForecastEndpoints.MapForecast(group, validatedOnly);
        Security.ScorecardEndpoints.MapScorecard(group, validatedOnly);
        group.MapGet("/stations", async (AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var rows = await WaterQueries.StationsAsync(db, validatedOnly, VietnamTime.Today(clock), ct);
            return rows.Select(r => WaterDtos.ToDto(r.Station, r.Latest)).ToList();
        }).PagedList().WithSummary("Stations with their province over time and latest index." + scope);

        group.MapGet("/stations/{code}", async Task<Results<Ok<WaterDtos.StationDto>, Shared.UseCaseProblem>> (string code, AppDbContext db, CancellationToken ct) =>
        {
            if (await WaterQueries.StationAsync(db, code, ct) is not { } station)
            {
                return NotFound(code);
            }

            var latest = (await WaterQueries.LatestAsync(db, validatedOnly, ct)).GetValueOrDefault(station.Id);
            return TypedResults.Ok(WaterDtos.ToDto(station, latest));
        }).WithSummary("One station." + scope);

        group.MapGet("/stations/{code}/observations", async Task<Results<Ok<IAsyncEnumerable<WaterDtos.ObservationDto>>, Shared.UseCaseProblem>> (string code, string? parameter, DateOnly? from, DateOnly? to, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await WaterQueries.StationAsync(db, code, ct) is not { } station)
            {
                return NotFound(code);
            }

            var page = Paging.Read(http.Request, Paging.Observations);
            if (!page.IsDone)
            {
                return new Shared.UseCaseProblem(page.Status);
            }

            var parameters = await db.WaterParameters.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
            int? parameterId = null;
            if (parameter is { Length: > 0 })
            {
                parameterId = parameters.Values.FirstOrDefault(p => string.Equals(p.Code, parameter, StringComparison.OrdinalIgnoreCase))?.Id;
                if (parameterId is null)
                {
                    return new Shared.UseCaseProblem(Shared.UseCaseResult.Invalid($"Không có thông số {parameter}.", $"Unknown parameter {parameter}."));
                }
            }

            if (BadPeriod(from, to) is { } refused)
            {
                return refused;
            }

            var (start, end) = Period(from, to, clock);
            var query = db.WaterObservations.AsNoTracking().Where(o => o.StationId == station.Id && o.ObservedAt >= start && o.ObservedAt <= end);
            query = parameterId is { } pid ? query.Where(o => o.ParameterId == pid) : query;
            query = !validatedOnly ? query
                : RawShared(http) ? query.Where(o => o.Qc != (short)QcState.Rejected)
                : query.Where(o => o.Qc == (short)QcState.Validated);
            var (limit, cursor) = page.Done();
            if (cursor is not null)
            {
                if (Paging.Decode<ObservationPosition>(cursor) is not { } at)
                {
                    return new Shared.UseCaseProblem(Paging.BadCursor);
                }

                query = query.Where(o => o.ParameterId > at.Parameter || (o.ParameterId == at.Parameter && o.ObservedAt >= at.Time));
            }

            // Keyset paging on the primary key's order (station, parameter, time): the row after this
            // page is where the next one starts; asked for before the page streams, as the header goes first.
            var ordered = query.OrderBy(o => o.ParameterId).ThenBy(o => o.ObservedAt);
            if (await ordered.Skip(limit).Select(o => new ObservationPosition(o.ParameterId, o.ObservedAt)).FirstOrDefaultAsync(ct) is { } next)
            {
                Paging.SetNext(http, Paging.Encode(next));
            }

            return TypedResults.Ok(Stream(ordered.Take(limit).AsAsyncEnumerable(), parameters));
        }).WithMetadata(new PageSizeMetadata(Paging.Observations))
            .WithSummary("Observations of a station (default: the last 12 months), optionally of one parameter, in key order (parameter, time), a page at a time: the next page's address is in the Link header (rel=\"next\")." + scope + (validatedOnly ? " A partner key whose agreement includes raw data also reads raw values (qc raw)." : ""));

        group.MapGet("/stations/{code}/wqi", async Task<Results<Ok<List<WaterDtos.IndexDto>>, Shared.UseCaseProblem>> (string code, DateOnly? from, DateOnly? to, string? resolution, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await WaterQueries.StationAsync(db, code, ct) is not { } station)
            {
                return NotFound(code);
            }

            if (!Enum.TryParse<WqiResolution>(resolution ?? WaterQueries.Resolution(station.Kind).ToString(), ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
            {
                return new Shared.UseCaseProblem(Shared.UseCaseResult.Invalid("Tham số resolution phải là sample, hour hoặc day.", "resolution must be sample, hour or day."));
            }

            if (BadPeriod(from, to) is { } refused)
            {
                return refused;
            }

            var (start, end) = Period(from, to, clock);
            var samples = await WaterQueries.IndicesAsync(db, station.Id, chosen, start, end, validatedOnly, ct);
            return TypedResults.Ok(samples.Select(WaterDtos.ToDto).ToList());
        }).PagedList(Paging.Series).WithSummary("VN_WQI and QCVN 08 level per sample, or per hour or day from the means (automatic stations), with the parameters used, formula and notes." + scope);

        group.MapGet("/stations/{code}/export", async Task<Results<PushStreamHttpResult, Shared.UseCaseProblem>> (string code, string? format, DateOnly? from, DateOnly? to, HttpRequest http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (await WaterQueries.StationAsync(db, code, ct) is not { } station)
            {
                return NotFound(code);
            }

            if (BadPeriod(from, to) is { } refused)
            {
                return refused;
            }

            var (start, end) = Period(from, to, clock);
            var name = $"{station.Code}_{WaterQueries.Local(start):yyyyMMdd}-{WaterQueries.Local(end):yyyyMMdd}";
            // Identifiers in the WaterML point at this server's public pages, as the partner reached it.
            var links = new WaterMlVocabulary($"{http.Scheme}://{http.Host}{http.PathBase}");
            var request = new WaterMlExport.Request(station, start, end, clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)), validatedOnly && !RawShared(http.HttpContext), links);
            return (format ?? "csv").ToLowerInvariant() switch
            {
                "csv" => TypedResults.Stream(stream => WaterExport.WriteCsvAsync(db, station, start, end, stream, ct), "text/csv; charset=utf-8", name + ".csv"),
                "waterml" or "wml2" or "xml" => TypedResults.Stream(async stream =>
                {
                    var written = await WaterMlExport.WriteAsync(db, request, stream, ct);
                    if (http.HttpContext.Features.Get<Exchange.ExchangeCount>() is { } count)
                    {
                        count.Values = written; // the exchange log counts values, not lines, of XML
                    }
                }, "application/xml; charset=utf-8", name + ".wml2.xml"),
                _ => new Shared.UseCaseProblem(Shared.UseCaseResult.Invalid("Tham số format phải là csv hoặc waterml.", "format must be csv or waterml.")),
            };
        }).ProducesFile("text/csv", "application/xml").WithSummary("Observations of a station and period (default: the last 12 months) as the canonical CSV (validated values) or as OGC WaterML 2.0 that validates against the official schema (UCUM units, censored values, QC quality codes" + (validatedOnly ? "; validated values only" : "; validated and raw values, raw marked unchecked") + "), streamed. 400 when from is after to.");
    }

    /// <summary>A partner key whose agreement includes raw data (issue 10, item 3) reads raw values too, with their QC state; rejected ones never.</summary>
    private static bool RawShared(HttpContext http) => http.Features.Get<Core.Exchange.PartnerScope>()?.IncludesRaw == true;

    /// <summary>Where a page of observations starts: the first row at or after this parameter and time.</summary>
    public sealed record ObservationPosition(int Parameter, long Time);

    private static Shared.UseCaseProblem NotFound(string code) =>
        new(Shared.UseCaseResult.NotFound($"Không có trạm {code}.", $"No station {code}."));

    /// <summary>A period whose start is after its end is refused (400), as every export refuses it, rather than answered empty.</summary>
    private static Shared.UseCaseProblem? BadPeriod(DateOnly? from, DateOnly? to) =>
        from is { } first && to is { } last && first > last
            ? new(Shared.UseCaseResult.Invalid($"Ngày bắt đầu ({first:dd/MM/yyyy}) sau ngày kết thúc ({last:dd/MM/yyyy}).", $"from ({first:yyyy-MM-dd}) is after to ({last:yyyy-MM-dd})."))
            : null;

    private static (long From, long To) Period(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var end = to ?? VietnamTime.Today(clock);
        return WaterQueries.Span(from ?? end.AddYears(-1).AddDays(1), end);
    }

    private static async IAsyncEnumerable<WaterDtos.ObservationDto> Stream(IAsyncEnumerable<WaterObservation> rows, Dictionary<int, WaterParameterEntry> parameters)
    {
        await foreach (var o in rows)
        {
            var p = parameters[o.ParameterId];
            yield return new WaterDtos.ObservationDto(WaterQueries.Local(o.ObservedAt), p.Code, o.Value, p.Unit, Measurement.Symbol((Qualifier)o.Qualifier), (QcState)o.Qc);
        }
    }

    private static async Task<List<WaterDtos.AlertDto>> AlertsAsync(AppDbContext db, string? station, DateOnly? from, DateOnly? to, bool validatedOnly, CancellationToken ct)
    {
        var stations = await db.WaterStations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code, ct);
        var query = db.WaterAlerts.AsNoTracking();
        if (station is { Length: > 0 })
        {
            var id = stations.FirstOrDefault(s => string.Equals(s.Value, station, StringComparison.OrdinalIgnoreCase)).Key;
            query = query.Where(a => a.StationId == id);
        }

        if (from is not null || to is not null)
        {
            var (start, end) = WaterQueries.Span(from ?? DateOnly.MinValue.AddYears(1970), to ?? DateOnly.MaxValue.AddYears(-1));
            query = query.Where(a => a.SampledAt >= start && a.SampledAt <= end);
        }

        query = validatedOnly ? query.Where(a => a.Validated) : query;
        var alerts = await query.OrderByDescending(a => a.SampledAt).ThenBy(a => a.Id).Take(1000).ToListAsync(ct);
        return alerts.Select(a => new WaterDtos.AlertDto(a.Id, stations[a.StationId], WaterQueries.Local(a.SampledAt), a.Kind, a.Parameter, a.Value, a.Limit, a.Standard, a.Level, a.LimitUnconfirmed, a.Validated, a.CreatedAt)).ToList();
    }

    private static async Task<Results<Ok<WaterDtos.ImportResultDto>, Shared.UseCaseProblem>> ImportAsync(IFormFile? file, [FromForm] string? qc, [FromForm] string? source, WaterImportRun run, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return new Shared.UseCaseProblem(Shared.UseCaseResult.Invalid("Chưa chọn tệp (trường \"file\" trống).", "No file: the multipart field `file` is missing or empty."));
        }

        if (!Enum.TryParse<QcState>(qc ?? "raw", ignoreCase: true, out var state) || state == QcState.Rejected)
        {
            return new Shared.UseCaseProblem(Shared.UseCaseResult.Invalid("Tham số qc phải là raw hoặc validated.", "qc must be raw or validated."));
        }

        await using var stream = file.OpenReadStream();
        var result = await run.RunAsync(stream, new ImportObservations.Request(file.FileName, state, source), cancellationToken: ct);
        return result.ToHttp(i => TypedResults.Ok(WaterDtos.ImportResultDto.From(i)));
    }
}
