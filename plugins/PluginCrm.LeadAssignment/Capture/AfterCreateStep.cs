using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.LeadAssignment.Pool;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Capture;

/// <summary>
/// <c>lead.create</c>, PostOperation: the lead has its id now; the decision gets it, a queued lead joins the queue and
/// a pooled one the pool, all in the change's transaction. An outcome the create step deferred is written here.
/// </summary>
public sealed class AfterCreateStep(LeadAssignmentDbContext db, PublicPool pool, DeferredAssignment deferred, OwnerWriter writer, TimeProvider time) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (deferred.Outcome is { } outcome)
        {
            deferred.Outcome = null;
            var created = context.TargetAs<LeadRecord>();
            await writer.SetOwnerAsync(new OwnershipChange(outcome.Action, "lead", created.Id, outcome.OwnerId, null, outcome), outcome.TeamId,
                ActingUser.System with { Name = context.User.Name }, cancellationToken);
            return;
        }
        if (!context.SharedVariables.TryGetValue(AssignOnCreateStep.DecisionKey, out var id) || id is not long decisionId)
            return;
        var lead = context.TargetAs<LeadRecord>();
        await db.Decisions.Where(d => d.Id == decisionId).ExecuteUpdateAsync(s => s.SetProperty(d => d.RecordId, lead.Id), cancellationToken);
        switch (context.SharedVariables[AssignOnCreateStep.ActionKey])
        {
            case "queue":
                db.Queue.Add(new QueuedLead { LeadId = lead.Id, RuleId = (long)context.SharedVariables[AssignOnCreateStep.RuleKey]!, QueuedUtc = time.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(cancellationToken);
                break;
            case "pool":
                await pool.AddAsync("lead", lead.Id, null, "no rule matched", cancellationToken);
                break;
        }
    }
}
