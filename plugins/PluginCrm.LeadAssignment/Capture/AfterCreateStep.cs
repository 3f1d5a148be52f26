using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.LeadAssignment.Pool;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Capture;

/// <summary>
/// <c>lead.create</c> and <c>customer.create</c>, PostOperation: the record has its id now; the decision is written with it, a queued
/// lead joins the queue and a pooled record the pool, all in the change's transaction. The queue holds leads, so a
/// customer whose rule's reps are all away or at their cap goes to the pool. An outcome the create step deferred is
/// written here.
/// </summary>
public sealed class AfterCreateStep(LeadAssignmentDbContext db, DecisionLog log, PublicPool pool, DeferredAssignment deferred, OwnerWriter writer, TimeProvider time) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var (recordType, id) = context.Target switch
        {
            LeadRecord lead => ("lead", lead.Id),
            CustomerRecord customer => ("customer", customer.Id),
            _ => ("", 0L),
        };
        if (id == 0)
            return;
        if (deferred.Outcome is { } outcome)
        {
            deferred.Outcome = null;
            await writer.SetOwnerAsync(new OwnershipChange(outcome.Action, recordType, id, outcome.OwnerId, null, outcome), outcome.TeamId,
                ActingUser.System with { Name = context.User.Name }, cancellationToken);
            return;
        }
        if (!context.SharedVariables.TryGetValue(AssignOnCreateStep.DecisionKey, out var decided) || decided is not Decision decision)
            return;
        decision.RecordId = id;
        await log.InsertAsync(decision, cancellationToken);
        var action = context.SharedVariables[AssignOnCreateStep.ActionKey];
        if (action is "queue" && recordType == "lead")
        {
            db.Queue.Add(new QueuedLead { LeadId = id, RuleId = (long)context.SharedVariables[AssignOnCreateStep.RuleKey]!, QueuedUtc = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }
        if (action is "queue" && recordType != "lead")
            await pool.AddAsync(recordType, id, null, PoolReasons.EveryRepBusy, cancellationToken);
        else if (action is "pool")
            await pool.AddAsync(recordType, id, null, PoolReasons.NoRuleMatched, cancellationToken);
    }
}
