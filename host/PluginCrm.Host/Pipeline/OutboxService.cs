using Microsoft.Extensions.Options;
using PluginCrm.Host.Jobs;

namespace PluginCrm.Host.Pipeline;

/// <summary>Delivers the outbox (PostCommit steps, then notifications) while the server runs: at once after a commit, and every few seconds for retries.</summary>
public sealed class OutboxService(IEnumerable<IOutboxDelivery> deliveries, OutboxSignal signal, IOptions<JobOptions> options, ILogger<OutboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.OutboxPollSeconds);
        if (poll == TimeSpan.Zero)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var delivery in deliveries)
                    await delivery.DeliverDueAsync(stoppingToken);
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The outbox could not be delivered; trying again shortly");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }
}
