using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// A data steward marks a station's observations of a period validated or rejected (optionally one
/// parameter). The decision is audited as one entry (who, station, period, parameter, how many values),
/// and the station's indices for the period are recomputed (rejected values leave the index). A
/// change partners may see (rejected, restored, validated set back to raw) is kept as a version
/// (<see cref="ValueVersionsSql"/>), in the same transaction, with the optional reason.
/// </summary>
public sealed class ValidateObservations(AppDbContext db, ComputeSamples compute, AuditActor actor, TimeProvider clock)
{
    public sealed record Request(DateOnly From, DateOnly To, QcState State, string? Parameter = null, string? Reason = null);

    /// <returns>Done with the number of values whose state changed.</returns>
    public async Task<UseCaseResult<int>> RunAsync(string stationCode, Request request, CancellationToken cancellationToken = default)
    {
        var station = await db.WaterStations.AsNoTracking().WithCode(s => s.Code, stationCode).SingleOrDefaultAsync(cancellationToken);
        if (station is null)
        {
            return UseCaseResult.NotFound($"Không có trạm {stationCode}.", $"No station {stationCode}.");
        }

        if (request.To < request.From || !Enum.IsDefined(request.State))
        {
            return UseCaseResult.Invalid("Khoảng thời gian hoặc trạng thái không hợp lệ.", "Invalid period or state.");
        }

        int? parameterId = null;
        if (request.Parameter is { Length: > 0 } code)
        {
            parameterId = await db.WaterParameters.WithCode(p => p.Code, code).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
            if (parameterId is null)
            {
                return UseCaseResult.Invalid($"Không có thông số {code}.", $"Unknown parameter {code}.");
            }
        }

        var (from, to) = WaterQueries.Span(request.From, request.To);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var query = db.WaterObservations.Where(o => o.StationId == station.Id && o.ObservedAt >= from && o.ObservedAt <= to && o.Qc != (short)request.State);
        if (parameterId is { } pid)
        {
            query = query.Where(o => o.ParameterId == pid);
        }

        var at = clock.GetUtcNow().UtcDateTime;
        await KeepVersionsAsync(station.Id, parameterId, from, to, request, at, cancellationToken);
        var changed = await query.ExecuteUpdateAsync(o => o.SetProperty(x => x.Qc, (short)request.State), cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            Actor = actor.Name,
            Action = AuditAction.Update,
            Entity = nameof(WaterObservation),
            EntityKey = $"{station.Code} {request.From:yyyy-MM-dd}..{request.To:yyyy-MM-dd} {request.Parameter ?? "*"}",
            Changes = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["Qc"] = new { @new = request.State.ToString(), values = changed, reason = request.Reason } }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed > 0)
        {
            await compute.RunAsync(new Dictionary<int, (long, long)> { [station.Id] = (from, to) }, $"kiểm định {station.Code}", cancellationToken);
        }

        return UseCaseResult.Done(changed);
    }

    /// <summary>One INSERT … SELECT of the values about to change, before they do (their old state is read here).</summary>
    private async Task KeepVersionsAsync(int stationId, int? parameterId, long from, long to, Request request, DateTime at, CancellationToken cancellationToken)
    {
        var (olds, kind) = ValueVersionsSql.QcChange(request.State, "qc");
        if (olds.Length == 0)
        {
            return;
        }

        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim()[..Math.Min(request.Reason.Trim().Length, 500)];
        var sql = $$"""
            {{ValueVersionsSql.Lock(db.Database.IsNpgsql())}}
            INSERT INTO {{ValueVersionsSql.Table}} ({{ValueVersionsSql.Columns}})
            SELECT station_id, parameter_id, observed_at, value, value, qualifier, qualifier, qc, {{(short)request.State}}, {{kind}}, {0}, NULL, {1}, {2}
            FROM {{WaterSchemaSql.Observations}}
            WHERE station_id = {3} AND observed_at >= {4} AND observed_at <= {5} AND qc IN ({{olds}}){{(parameterId is null ? "" : " AND parameter_id = {6}")}}
            """;
        await db.Database.ExecuteSqlRawAsync(sql, [at, actor.Name, reason!, stationId, from, to, parameterId ?? 0], cancellationToken);
    }
}
