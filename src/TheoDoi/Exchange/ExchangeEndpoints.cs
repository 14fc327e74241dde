using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Accounts;
using TheoDoi.Core.Exchange;
using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Exchange;

/// <summary>
/// <c>/api/v1/exchange/…</c>: the admin's API for partners, agreements, keys and the exchange log
/// (issue 10, items 3–4). Admins only; partner keys never reach it (<see cref="PartnerGate"/>).
/// </summary>
public static class ExchangeEndpoints
{
    public static RouteGroupBuilder MapExchange(this RouteGroupBuilder api)
    {
        MapChanges(api);
        var exchange = api.MapGroup("/exchange").WithTags("Data exchange").RequireAuthorization(Policies.Admin);
        exchange.MapGet("/partners", async (AppDbContext db, TimeProvider clock, CancellationToken ct) => await ExchangeQueries.PartnersAsync(db, clock, ct))
            .WithSummary("Partners with their agreements and keys (prefix, created, revoked; never the key).");

        exchange.MapPost("/partners", async Task<Results<Ok<ManagePartners.Saved>, UseCaseProblem>> (ManagePartners.SaveRequest request, ManagePartners manage, CancellationToken ct) =>
            (await manage.SaveAsync(request with { PartnerId = null }, ct)).ToHttp(TypedResults.Ok))
            .WithSummary("Record a partner and its agreement: groups as codes (quality, level-discharge, reservoir, groundwater, salinity, forecast, indicators, comma-separated), `basin` (the whole basin) or `stations`, the data period, `includesRaw`.");

        exchange.MapPut("/partners/{id:int}", async Task<Results<Ok<ManagePartners.Saved>, UseCaseProblem>> (int id, ManagePartners.SaveRequest request, ManagePartners manage, CancellationToken ct) =>
            (await manage.SaveAsync(request with { PartnerId = id }, ct)).ToHttp(TypedResults.Ok))
            .WithSummary("Change a partner and one of its agreements (`agreementId`), or add an agreement (no `agreementId`).");

        exchange.MapPost("/agreements/{id:int}/keys", async Task<Results<Ok<ManagePartners.IssuedKey>, UseCaseProblem>> (int id, ManagePartners manage, HttpResponse response, CancellationToken ct) =>
        {
            // The key is in this answer only: no cache may keep it.
            response.Headers.CacheControl = "no-store";
            return (await manage.IssueKeyAsync(id, ct)).ToHttp(TypedResults.Ok);
        }).WithSummary("Issue an API key of an agreement. The key is in this answer only (only its SHA-256 is kept); it expires with the agreement.");

        exchange.MapPost("/keys/{id:int}/revoke", async Task<Results<NoContent, UseCaseProblem>> (int id, ManagePartners manage, CancellationToken ct) =>
            (await manage.RevokeAsync(id, ct)).ToHttp())
            .WithSummary("Revoke a key: its next request is answered 401.");

        exchange.MapGet("/log", async (int? year, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            await ExchangeQueries.MonthlyAsync(db, year ?? VietnamTime.Today(clock).Year, ct))
            .WithSummary("What was shared, by partner and month of a year (default: this year): requests, refusals, values and bytes sent.");
        return api;
    }

    /// <summary>
    /// The changes feed, for partner keys (through <see cref="PartnerGate"/>, which sets the scope and
    /// logs the answer) and admins. Its own scheme list: the signed-in API names only the bearer scheme.
    /// </summary>
    private static void MapChanges(RouteGroupBuilder api) =>
        api.MapGet("/exchange/changes", async Task<Results<Ok<ReadChanges.Page>, UseCaseProblem>> (string? since, string? limit, HttpContext http, ReadChanges read, CancellationToken ct) =>
        {
            var result = await read.RunAsync(http.Features.Get<PartnerScope>(), since, limit, ct);
            if (result.IsDone && http.Features.Get<ExchangeCount>() is { } count)
            {
                count.Values = result.Done().Changes.Count;
            }

            return result.ToHttp(TypedResults.Ok);
        })
        .WithTags("Data exchange")
        .RequireAuthorization(Policies.ExchangeChanges)
        .WithName("GetExchangeChanges")
        .WithSummary("Changes of shared values after a cursor: corrections, rejections, restorations, with old and new value, qualifier and QC state.")
        .WithDescription(
            "For partner keys (`X-Api-Key`) and admins. Each change gives the station and parameter codes, the observation time, the old and new " +
            "value, qualifier and QC state, its kind (corrected, rejected, restored, unvalidated), when it was made, the import batch or the " +
            "steward's reason, and the SensorThings `@iot.id` of the Observation and Datastream. Changes come in the order they were made; " +
            "`next` is the cursor to send as `since` for the following page, also when the page is empty (keep it and ask again later). " +
            "Leave `since` out to read from the start. `limit`: 1–5000, default 500. A key sees the changes of its agreement's stations, " +
            "data groups and period; without raw data in the agreement, only changes of values that were or are validated. " +
            "400: a bad cursor or limit; 401: no valid key or token; 403: neither a partner key nor an admin.")
        .ProducesProblem(StatusCodes.Status401Unauthorized);
}
