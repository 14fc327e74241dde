namespace TheoDoi.Water;

/// <summary>
/// Drains the recomputation queue in the web app every few minutes, so a span left by an import whose
/// process died (or whose drain failed) is repaired without waiting for the next start.
/// </summary>
public sealed class RecomputeJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RecomputeJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RecomputeDerived>().DrainAsync(cancellationToken: stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Recomputing derived water data failed; it will be tried again");
            }
        }
    }
}
