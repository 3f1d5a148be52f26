using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Access;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Webhooks.Delivery;
using PluginCrm.Host.Webhooks.Queue;
using PluginCrm.Host.Webhooks.Tables;

namespace PluginCrm.Host.Webhooks.Subscriptions;

/// <summary>An admin's subscriptions: added, changed, removed, resumed, tried, and their delivery log; each change audited.</summary>
public sealed class WebhookSubscriptions(
    CrmDbContext db, WebhookRules rules, WebhookClient client, AuditTrail audit, OutboxSignal signal, IOptions<JsonOptions> json, TimeProvider time)
{
    public async Task<CreatedWebhook> AddAsync(NewWebhook input, CancellationToken ct)
    {
        var (url, messages, filter, description) = await rules.CheckAsync(input, ct);
        var row = new WebhookSubscription
        {
            Url = url, Messages = string.Join(',', messages), Filter = filter, Description = description,
            Secret = WebhookSignature.NewSecret(), CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.WebhookSubscriptions.Add(row);
        await db.SaveChangesAsync(ct);
        audit.Add(db, "webhook.create", "webhook", row.Id, null, WebhookView.Of(row));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CreatedWebhook(row.Secret, WebhookView.Of(row));
    }

    public async Task<IReadOnlyList<WebhookView>> ListAsync(CancellationToken ct) =>
        (await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct)).Select(WebhookView.Of).ToList();

    public async Task<WebhookView> GetAsync(long id, CancellationToken ct) => WebhookView.Of(await FindAsync(id, ct));

    /// <summary>Changes the URL, messages, filter and description; the secret and what is queued stay.</summary>
    public async Task<WebhookView> UpdateAsync(long id, NewWebhook input, CancellationToken ct)
    {
        var row = await FindAsync(id, ct);
        var (url, messages, filter, description) = await rules.CheckAsync(input, ct);
        var before = WebhookView.Of(row);
        (row.Url, row.Messages, row.Filter, row.Description) = (url, string.Join(',', messages), filter, description);
        audit.Add(db, "webhook.update", "webhook", id, before, WebhookView.Of(row));
        await db.SaveChangesAsync(ct);
        return WebhookView.Of(row);
    }

    /// <summary>Removes the subscription with its queued deliveries and its log.</summary>
    public async Task RemoveAsync(long id, CancellationToken ct)
    {
        var row = await FindAsync(id, ct);
        audit.Add(db, "webhook.delete", "webhook", id, WebhookView.Of(row), null);
        db.WebhookSubscriptions.Remove(row);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Sends what was held at once, and counts failures afresh.</summary>
    public async Task<WebhookView> ResumeAsync(long id, CancellationToken ct)
    {
        var row = await FindAsync(id, ct);
        var before = WebhookView.Of(row);
        var now = time.GetUtcNow().UtcDateTime;
        (row.PausedUtc, row.PausedReason, row.ConsecutiveFailures) = (null, null, 0);
        audit.Add(db, "webhook.resume", "webhook", id, before, WebhookView.Of(row));
        await db.SaveChangesAsync(ct);
        await db.WebhookDeliveries.Where(d => d.SubscriptionId == id && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptUtc, now), ct);
        signal.Wake();
        return WebhookView.Of(row);
    }

    /// <summary>Sends a signed <c>webhook.test</c> ping now, paused or not, and logs it like any delivery (it is not retried).</summary>
    public async Task<WebhookLogEntry> TestAsync(long id, CancellationToken ct)
    {
        var row = await FindAsync(id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var ping = new WebhookEvent(WebhookEvent.NewId(), WebhookEvent.TestMessage, now, "webhook", new { subscriptionId = id, row.Url }, null, audit.Actor.Name);
        var delivery = new WebhookDelivery
        {
            SubscriptionId = id, EventId = ping.Id, Message = ping.Message, Body = JsonSerializer.Serialize(ping, json.Value.SerializerOptions),
            CreatedUtc = now, NextAttemptUtc = now, Attempts = 1,
        };
        var outcome = await client.PostAsync(row.Url, row.Secret, delivery.EventId, delivery.Body, ct);
        (delivery.Status, delivery.FinishedUtc) = (outcome.Succeeded ? WebhookDeliveryStatus.Delivered : WebhookDeliveryStatus.Failed, time.GetUtcNow().UtcDateTime);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(ct);
        var attempt = WebhookSender.Logged(delivery, 1, delivery.FinishedUtc.Value, outcome);
        db.WebhookAttempts.Add(attempt);
        await db.SaveChangesAsync(ct);
        return Entry(attempt, delivery);
    }

    /// <summary>The newest attempts first, <paramref name="limit"/> of them.</summary>
    public async Task<IReadOnlyList<WebhookLogEntry>> LogAsync(long id, int limit, CancellationToken ct)
    {
        await FindAsync(id, ct);
        if (limit is < 1 or > 1000)
            throw new InputException("limit", "must be between 1 and 1000");
        var rows = await (from a in db.WebhookAttempts.AsNoTracking()
                          join d in db.WebhookDeliveries.AsNoTracking() on a.DeliveryId equals d.Id
                          where a.SubscriptionId == id
                          orderby a.Id descending
                          select new { a, d }).Take(limit).ToListAsync(ct);
        return rows.Select(r => Entry(r.a, r.d)).ToList();
    }

    private static WebhookLogEntry Entry(WebhookAttempt a, WebhookDelivery d) => new(
        d.Id, d.EventId, d.Message, a.Number, a.AttemptedUtc, a.StatusCode, a.DurationMs, a.Succeeded, a.Error, d.Status.ToString().ToLowerInvariant());

    private async Task<WebhookSubscription> FindAsync(long id, CancellationToken ct) =>
        await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException($"there is no webhook {id}");
}
