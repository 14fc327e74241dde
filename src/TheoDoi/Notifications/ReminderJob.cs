using TheoDoi.Core.Time;
using TheoDoi.Data;
using TheoDoi.Tasks;

namespace TheoDoi.Notifications;

/// <summary>Settings of the background job (configuration section <c>Reminders</c>).</summary>
public sealed class ReminderOptions
{
    /// <summary>Minutes between runs; 0 turns the job off.</summary>
    public int IntervalMinutes { get; set; } = 60;
}

/// <summary>
/// Runs the periodic work: passes tasks of ended units to their successors, then raises due-date
/// reminders for tasks and annual reports. Runs once at start, then every <see cref="ReminderOptions.IntervalMinutes"/>.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ReminderOptions> options, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalMinutes <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One bad run must not stop the reminders for good.
                logger.LogError(exception, "Reminder job failed; it will run again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var today = VietnamTime.Today(clock);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await AssignmentSync.RunAsync(db, today, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<TaskReminders>().RunAsync(clock.GetUtcNow(), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Reporting.ReportReminders>().RunAsync(clock.GetUtcNow(), cancellationToken);
    }
}
