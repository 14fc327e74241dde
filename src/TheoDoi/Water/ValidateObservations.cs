using Microsoft.EntityFrameworkCore;
using TheoDoi.Audit;
using TheoDoi.Data;
using TheoDoi.Shared;

namespace TheoDoi.Water;

/// <summary>
/// A data steward marks a station's observations of a period validated or rejected (optionally one
/// parameter). The decision is audited as one entry (who, station, period, parameter, how many values),
/// and the station's indices for the period are recomputed (rejected values leave the index).
/// </summary>
public sealed class ValidateObservations(AppDbContext db, ComputeSamples compute, AuditActor actor, TimeProvider clock)
{
    public sealed record Request(DateOnly From, DateOnly To, QcState State, string? Parameter = null);

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

        var changed = await query.ExecuteUpdateAsync(o => o.SetProperty(x => x.Qc, (short)request.State), cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor.Name,
            Action = AuditAction.Update,
            Entity = nameof(WaterObservation),
            EntityKey = $"{station.Code} {request.From:yyyy-MM-dd}..{request.To:yyyy-MM-dd} {request.Parameter ?? "*"}",
            Changes = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["Qc"] = new { @new = request.State.ToString(), values = changed } }),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed > 0)
        {
            await compute.RunAsync(new Dictionary<int, (long, long)> { [station.Id] = (from, to) }, $"kiểm định {station.Code}", cancellationToken);
        }

        return UseCaseResult.Done(changed);
    }
}
