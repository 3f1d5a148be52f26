using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PluginCrm.Host.Pipeline;

/// <summary>Delivers the outbox while the server runs: at once after a commit, and every few seconds for retries.</summary>
public sealed class OutboxService(OutboxDispatcher dispatcher, OutboxSignal signal, ILogger<OutboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DeliverDueAsync(stoppingToken);
                await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
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
