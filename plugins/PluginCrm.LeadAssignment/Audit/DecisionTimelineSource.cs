using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Timeline;

namespace PluginCrm.LeadAssignment.Audit;

/// <summary>
/// The ownership decisions about the customer (assignments, claims, transfers, reclaims into the pool, warnings), each
/// with its rule, strategy, reason and explanation. The host shows them only to callers who read the customer now, who
/// may read every decision about it in full (as <c>GET /audit</c> does).
/// </summary>
public sealed class DecisionTimelineSource(LeadAssignmentDbContext db) : ICustomerTimelineSource
{
    public const string Kind = "assignment";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(long customerId, TimelineWindow window, ActingUser user, CancellationToken cancellationToken)
    {
        var about = db.Decisions.AsNoTracking().Where(d => d.RecordType == RecordTypes.Customer && d.RecordId == customerId);
        var decisions = await window.Apply(about, d => d.OccurredUtc, d => d.Id).ToListAsync(cancellationToken);
        return decisions.Select(d => new TimelineEntry(d.OccurredUtc, d.Id, Kind, Title(d))
        {
            Detail = d.Reason,
            ActorName = d.Actor,
            Data = new Dictionary<string, object?>
            {
                ["action"] = d.Action, ["fromOwnerId"] = d.FromOwnerId, ["toOwnerId"] = d.ToOwnerId, ["toTeamId"] = d.ToTeamId,
                ["ruleId"] = d.RuleId, ["ruleName"] = d.RuleName, ["strategy"] = d.Strategy, ["explanation"] = Explanation(d.Explanation),
            },
        }).ToList();
    }

    private static string Title(Decision d)
    {
        var rule = d.RuleName is null ? "" : $" by rule '{d.RuleName}'{(d.Strategy is null ? "" : $" ({d.Strategy})")}";
        // A decision that moved nothing (a reclaim warning) names whom it was for, not a change from someone to the same.
        return d.FromOwnerId == d.ToOwnerId
            ? $"Ownership {d.Action} to {Owner(d.ToOwnerId)}{rule}"
            : $"Ownership {d.Action}: {Owner(d.FromOwnerId)} → {Owner(d.ToOwnerId)}{rule}";
    }

    private static string Owner(long? id) => id is { } user ? $"user {user}" : "the pool";

    private static JsonElement Explanation(string text) => text.StartsWith('{')
        ? JsonDocument.Parse(text).RootElement.Clone()
        : JsonSerializer.SerializeToElement(text);
}
