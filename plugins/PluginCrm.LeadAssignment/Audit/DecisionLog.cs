using System.Text.Json;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Audit;

/// <summary>Writes the ownership audit through the plugin's context (inside a step: in the change's transaction).</summary>
public sealed class DecisionLog(LeadAssignmentDbContext db, Statements sql, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Decision Add(string recordType, long recordId, string action, ActingUser actor, long? from, long? to, long? team,
        AssignmentOutcome? outcome = null, string? reason = null, string? explanation = null)
    {
        var decision = New(recordType, recordId, action, actor, from, to, team, outcome, reason, explanation);
        db.Decisions.Add(decision);
        return decision;
    }

    /// <summary>Writes <paramref name="decision"/> at once, by hand, not tracked: the capture's, one of its hot statements.</summary>
    public Task InsertAsync(Decision decision, CancellationToken ct) => sql.ExecuteAsync(
        "INSERT INTO la_decisions (\"RecordType\", \"RecordId\", \"Action\", \"FromOwnerId\", \"ToOwnerId\", \"ToTeamId\", \"RuleId\", \"RuleName\", \"Strategy\", " +
        "\"Reason\", \"Explanation\", \"Actor\", \"OccurredUtc\") VALUES " + SqlRows.Values(1, 13),
        [decision.RecordType, decision.RecordId, decision.Action, decision.FromOwnerId, decision.ToOwnerId, decision.ToTeamId, decision.RuleId, decision.RuleName,
            decision.Strategy, decision.Reason, decision.Explanation, decision.Actor, decision.OccurredUtc], ct);

    /// <summary>A decision not yet added: the create step's, written once its record has an id.</summary>
    public Decision New(string recordType, long recordId, string action, ActingUser actor, long? from, long? to, long? team,
        AssignmentOutcome? outcome = null, string? reason = null, string? explanation = null) =>
        new()
        {
            RecordType = recordType,
            RecordId = recordId,
            Action = action,
            FromOwnerId = from,
            ToOwnerId = to,
            ToTeamId = team,
            RuleId = outcome?.Rule?.Id,
            RuleName = outcome?.Rule?.Name,
            Strategy = outcome?.Explanation.Strategy,
            Reason = reason,
            Explanation = outcome is null ? explanation ?? reason ?? action : JsonSerializer.Serialize(outcome.Explanation, Json),
            Actor = actor.Name,
            OccurredUtc = time.GetUtcNow().UtcDateTime,
        };
}
