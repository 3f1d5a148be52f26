using Microsoft.Extensions.Options;

namespace PluginCrm.Host.Jobs;

/// <summary>Polls for due jobs while the server runs.</summary>
public sealed class JobSchedulerService(JobScheduler scheduler, TimeProvider time, IOptions<JobOptions> options, ILogger<JobSchedulerService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.PollSeconds;
        if (seconds == 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        do
        {
            try
            {
                await scheduler.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The job scheduler could not check for due jobs");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
