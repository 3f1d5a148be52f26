using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Capture;

/// <summary>
/// <c>lead.create</c> and <c>customer.create</c>, PreOperation: a lead or customer that arrives without an owner (an
/// import, a web form through an integration key, a manager's unassigned capture) gets one by the rules, and the decision
/// is written in the same transaction, by the after-create step once the record has its id. A record created with an owner keeps it, and one a rep captures for itself stays
/// its own (the host makes the rep its owner).
/// </summary>
public sealed class AssignOnCreateStep(AssignmentEngine engine, DecisionLog log, DeferredAssignment deferred, IRecordAccess access, ICrmRecords records) : IPipelineStep
{
    public const string DecisionKey = "lead-assignment.decision";
    public const string ActionKey = "lead-assignment.action";
    public const string RuleKey = "lead-assignment.rule";

    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var (prospect, ownerId) = context.Target switch
        {
            LeadRecord lead => (Prospect.From(lead), lead.OwnerId),
            CustomerRecord customer => (Prospect.From(customer, await IndustryAsync(customer, cancellationToken)), customer.OwnerId),
            _ => (null, null),
        };
        if (prospect is null || ownerId is not null)
            return;
        var outcome = await engine.DecideInChangeAsync(prospect, cancellationToken); // the rotation's credits written
        // An owner the capturing user may not give a record to (a manager, another team's rep) would be refused by the
        // host: the rules decided it, so the system writes it once the record exists.
        if (outcome.OwnerId is not null && !access.Allows(context.User, AccessRight.Change, new RecordOwner(outcome.OwnerId, outcome.TeamId)))
        {
            deferred.Outcome = outcome;
            return;
        }
        context.Target = context.Target switch
        {
            LeadRecord lead => lead with { OwnerId = outcome.OwnerId, TeamId = outcome.TeamId ?? lead.TeamId },
            CustomerRecord customer => customer with { OwnerId = outcome.OwnerId, TeamId = outcome.TeamId ?? customer.TeamId },
            var other => other,
        };
        // Written by the after-create step with the record's id: one INSERT instead of an INSERT and an UPDATE. Not
        // tracked meanwhile, so a create that fails leaves nothing behind for a later save in the same scope.
        context.SharedVariables[DecisionKey] = log.New(prospect.RecordType, 0, outcome.Action, context.User, null, outcome.OwnerId, outcome.TeamId, outcome);
        context.SharedVariables[ActionKey] = outcome.Action;
        context.SharedVariables[RuleKey] = outcome.Rule?.Id;
    }

    private async Task<string?> IndustryAsync(CustomerRecord customer, CancellationToken ct) =>
        customer.CompanyId is { } company ? (await records.FindAsync<CompanyRecord>(company, ct))?.Industry : null;
}
