using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Leases;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Webhooks.Tables;

namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>
/// Sends due deliveries from the outbox loop: each claimed with a lease (so one process sends it), several at once,
/// every attempt logged; a failure is retried on the <see cref="RetrySchedule"/>, and a subscription that keeps failing
/// is paused (its deliveries held) and its admins told.
/// </summary>
public sealed class WebhookSender(
    IDbContextFactory<CrmDbContext> databases,
    WebhookClient client,
    RowLeases leases,
    IOptions<WebhookOptions> options,
    IOptions<JobOptions> jobs,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<WebhookSender> logger) : IOutboxDelivery
{
    private const int Batch = 200;
    private readonly string owner = RowLeases.NewOwner();

    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<WebhookDelivery> claimed;
        Dictionary<long, WebhookSubscription> subscriptions;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            // A subquery rather than a join, so that PostgreSQL's row locks fall on the deliveries alone.
            var running = db.WebhookSubscriptions.Where(s => s.PausedUtc == null);
            var due = db.WebhookDeliveries.Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptUtc <= now
                                                      && running.Any(s => s.Id == d.SubscriptionId));
            claimed = await leases.ClaimAsync(db, due, Batch, owner, now, TimeSpan.FromSeconds(jobs.Value.OutboxLeaseSeconds), cancellationToken);
            if (claimed.Count == 0)
                return 0;
            subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.PausedUtc == null).ToDictionaryAsync(s => s.Id, cancellationToken);
        }
        if (claimed.Count == Batch)
            signal.Wake(); // more are waiting: come back at once rather than at the next poll
        var delivered = 0;
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = cancellationToken },
            async (delivery, ct) =>
            {
                if (await SendAsync(delivery, subscriptions, ct))
                    Interlocked.Increment(ref delivered);
            });
        return delivered;
    }

    // The subscriptions are those of the round's start: one paused meanwhile sends what it had claimed, no more.
    private async Task<bool> SendAsync(WebhookDelivery delivery, Dictionary<long, WebhookSubscription> subscriptions, CancellationToken ct)
    {
        var id = delivery.Id;
        await using var db = await databases.CreateDbContextAsync(ct);
        if (!subscriptions.TryGetValue(delivery.SubscriptionId, out var subscription))
        {
            await db.WebhookDeliveries.Where(d => d.Id == id && d.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
            return false;
        }

        var outcome = await client.PostAsync(subscription.Url, subscription.Secret, delivery.EventId, delivery.Body, ct);
        var attempts = delivery.Attempts + 1;
        var wait = outcome.Succeeded ? null : RetrySchedule.After(attempts);
        var finished = time.GetUtcNow().UtcDateTime;
        var status = outcome.Succeeded ? WebhookDeliveryStatus.Delivered : wait is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        // The attempt and the delivery's new state in one commit.
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        db.WebhookAttempts.Add(Logged(delivery, attempts, finished, outcome));
        await db.SaveChangesAsync(CancellationToken.None);
        await db.WebhookDeliveries.Where(d => d.Id == id && d.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.NextAttemptUtc, finished + (wait ?? TimeSpan.Zero))
            .SetProperty(d => d.FinishedUtc, status == WebhookDeliveryStatus.Pending ? null : finished)
            .SetProperty(d => d.LeaseOwner, (string?)null)
            .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
        if (outcome.Succeeded)
            await db.WebhookSubscriptions.Where(s => s.Id == subscription.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, 0).SetProperty(x => x.LastSuccessUtc, finished), CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        if (!outcome.Succeeded)
            await FailedAsync(db, subscription, outcome, finished);
        return outcome.Succeeded;
    }

    public static WebhookAttempt Logged(WebhookDelivery delivery, int number, DateTime at, AttemptOutcome outcome) => new()
    {
        SubscriptionId = delivery.SubscriptionId, DeliveryId = delivery.Id, Number = number, AttemptedUtc = at,
        StatusCode = outcome.StatusCode, DurationMs = outcome.DurationMs, Succeeded = outcome.Succeeded,
        Error = outcome.Error is { Length: > 2000 } error ? error[..2000] : outcome.Error,
    };

    private async Task FailedAsync(CrmDbContext db, WebhookSubscription subscription, AttemptOutcome outcome, DateTime now)
    {
        logger.LogWarning("Webhook {Subscription} to {Url} failed: {Reason}", subscription.Id, subscription.Url, outcome.Error);
        await db.WebhookSubscriptions.Where(s => s.Id == subscription.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConsecutiveFailures, x => x.ConsecutiveFailures + 1), CancellationToken.None);
        var limit = options.Value.PauseAfterFailures;
        var reason = $"{limit} failed attempts in a row, the last: {outcome.Error}";
        if (reason.Length > 500)
            reason = reason[..500];
        // One process pauses it (the update that finds it running), and only that one tells the admins.
        var paused = await db.WebhookSubscriptions.Where(s => s.Id == subscription.Id && s.PausedUtc == null && s.ConsecutiveFailures >= limit)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PausedUtc, now).SetProperty(x => x.PausedReason, reason), CancellationToken.None);
        if (paused == 0)
            return;
        logger.LogWarning("Webhook {Subscription} to {Url} paused after {Failures} failed attempts in a row", subscription.Id, subscription.Url, limit);
        await PausedNotice.AddAsync(db, subscription.Id, subscription.Url, reason, now, CancellationToken.None);
        signal.Wake();
    }
}
