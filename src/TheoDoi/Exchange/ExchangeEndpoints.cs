using Microsoft.AspNetCore.Http.HttpResults;
using TheoDoi.Accounts;
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
}
