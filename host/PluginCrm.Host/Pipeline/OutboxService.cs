using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Notifications.Delivery;

namespace PluginCrm.Host.Pipeline;

/// <summary>Delivers the outbox (PostCommit steps, then notifications) while the server runs: at once after a commit, and every few seconds for retries.</summary>
public sealed class OutboxService(OutboxDispatcher dispatcher, NotificationDispatcher notifications, OutboxSignal signal, IOptions<CrmOptions> options, ILogger<OutboxService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.Jobs.OutboxPollSeconds);
        if (poll == TimeSpan.Zero)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DeliverDueAsync(stoppingToken);
                await notifications.DeliverDueAsync(stoppingToken); // after the steps, which may queue notifications
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
