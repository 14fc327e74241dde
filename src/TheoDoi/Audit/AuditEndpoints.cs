using System.Text.Json;
using TheoDoi.Accounts;
using TheoDoi.Data;

namespace TheoDoi.Audit;

public static class AuditEndpoints
{
    public sealed record AuditDto(long Id, DateTime At, string Actor, AuditAction Action, string Entity, string Key, JsonElement Changes);

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (string? entity, string? key, string? actor, string? unit, DateOnly? from, DateOnly? to, long? before, int? limit, AppDbContext db, CancellationToken ct) =>
            {
                var entries = await new AuditQuery(entity, key, actor, before, limit ?? 100, unit, from, to).RunAsync(db, ct);
                return entries.Select(e => new AuditDto(e.Id, e.At, e.Actor, e.Action, e.Entity, e.EntityKey,
                    JsonSerializer.Deserialize<JsonElement>(e.Changes))).ToList();
            })
            .WithTags("Audit")
            .RequireAuthorization(Policies.Audit)
            .WithSummary("The audit trail, newest first: who changed what, when, old → new. Filters: entity, key, actor, unit (the actor's unit), from/to (YYYY-MM-DD, Việt Nam days). Page with ?before=<last id>.");
        return api;
    }
}
