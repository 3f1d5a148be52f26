using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Capture;

/// <summary>
/// <c>lead.create</c>, PreOperation: a lead that arrives without an owner gets one by the rules, and the decision is
/// written in the same transaction. A lead a rep captures for itself stays its own (the host makes the rep its owner).
/// </summary>
public sealed class AssignOnCreateStep(AssignmentEngine engine, DecisionLog log, LeadAssignmentDbContext db, DeferredAssignment deferred, IRecordAccess access) : IPipelineStep
{
    public const string DecisionKey = "lead-assignment.decision";
    public const string ActionKey = "lead-assignment.action";
    public const string RuleKey = "lead-assignment.rule";

    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var lead = context.TargetAs<LeadRecord>();
        if (lead.OwnerId is not null)
            return;
        var outcome = await engine.DecideAsync(Prospect.From(lead), excluded: null, cancellationToken);
        // An owner the capturing user may not give a record to (a manager, another team's rep) would be refused by the
        // host: the rules decided it, so the system writes it once the lead exists.
        if (outcome.OwnerId is not null && !access.Allows(context.User, AccessRight.Change, new RecordOwner(outcome.OwnerId, outcome.TeamId)))
        {
            deferred.Outcome = outcome;
            await db.SaveChangesAsync(cancellationToken); // the rotation's credits
            return;
        }
        context.Target = lead with { OwnerId = outcome.OwnerId, TeamId = outcome.TeamId ?? lead.TeamId };
        var decision = log.Add("lead", 0, outcome.Action, context.User, null, outcome.OwnerId, outcome.TeamId, outcome);
        await db.SaveChangesAsync(cancellationToken);
        context.SharedVariables[DecisionKey] = decision.Id;
        context.SharedVariables[ActionKey] = outcome.Action;
        context.SharedVariables[RuleKey] = outcome.Rule?.Id;
    }
}
