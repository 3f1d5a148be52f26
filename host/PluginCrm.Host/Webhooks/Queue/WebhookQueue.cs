using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Data;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.Templates.Rules;
using PluginCrm.Host.Webhooks.Tables;
using PluginCrm.Sdk.Templates;

namespace PluginCrm.Host.Webhooks.Queue;

/// <summary>
/// Writes a delivery for each subscription that wants a change, in the change's transaction. Subscriptions are read
/// once per scope (a request, a job run, an import), so a change of subscriptions is seen by every process at once.
/// Paused subscriptions get their deliveries too: they are held, not lost, until it is resumed.
/// </summary>
public sealed class WebhookQueue(CrmDbContext db, RuleEngine rules, IOptions<JsonOptions> json, TimeProvider time, ILogger<WebhookQueue> logger) : ICommitListener
{
    private List<Subscribed>? inScope;

    public async Task<bool> OnCommittingAsync(CommittingChange change, CancellationToken ct)
    {
        inScope ??= (await db.WebhookSubscriptions.AsNoTracking().Select(s => new { s.Id, s.Messages, s.Filter }).ToListAsync(ct))
            .Select(s => new Subscribed(s.Id, s.Messages.Split(',').ToHashSet(StringComparer.Ordinal), s.Filter)).ToList();
        var wanting = inScope.Where(s => s.Messages.Contains(change.Message) && Passes(s, change, ct)).ToList();
        if (wanting.Count == 0)
            return false;

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var subscription in wanting)
        {
            var body = new WebhookEvent(WebhookEvent.NewId(), change.Message, now, change.RecordType, change.After, change.Before, change.User.Name);
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                SubscriptionId = subscription.Id, EventId = body.Id, Message = change.Message,
                Body = JsonSerializer.Serialize(body, json.Value.SerializerOptions), CreatedUtc = now, NextAttemptUtc = now,
            });
        }
        return true;
    }

    /// <summary>The filter's model: the record after the change (before it, for a delete), the record before, the message.</summary>
    public static Dictionary<string, object?> FilterModel(string message, object? before, object? after) =>
        new() { ["record"] = after ?? before, ["before"] = before, ["message"] = message };

    private bool Passes(Subscribed subscription, CommittingChange change, CancellationToken ct)
    {
        if (subscription.Filter is null)
            return true;
        try
        {
            return rules.Evaluate(subscription.Filter, FilterModel(change.Message, change.Before, change.After), ct).Matched;
        }
        catch (RuleException ex)
        {
            // Checked against a sample when saved; a record that differs from the sample is skipped, loudly.
            logger.LogWarning("Webhook {Subscription}'s filter failed on {Message}, not sent: {Reason}", subscription.Id, change.Message, ex.Message);
            return false;
        }
    }

    private sealed record Subscribed(long Id, HashSet<string> Messages, string? Filter);
}
