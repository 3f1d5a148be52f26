using System.Text.Json;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Audit;

/// <summary>Writes the ownership audit through the plugin's context (inside a step: in the change's transaction).</summary>
public sealed class DecisionLog(LeadAssignmentDbContext db, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Decision Add(string recordType, long recordId, string action, ActingUser actor, long? from, long? to, long? team,
        AssignmentOutcome? outcome = null, string? reason = null, string? explanation = null)
    {
        var decision = New(recordType, recordId, action, actor, from, to, team, outcome, reason, explanation);
        db.Decisions.Add(decision);
        return decision;
    }

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
