namespace PluginCrm.Host.Pipeline;

/// <summary>
/// Something the outbox loop delivers when it wakes: the pipeline's PostCommit steps, then (registered after them,
/// since the steps may queue some) the notifications.
/// </summary>
public interface IOutboxDelivery
{
    /// <returns>How many were delivered (or given up) in this round.</returns>
    Task<int> DeliverDueAsync(CancellationToken ct);
}
