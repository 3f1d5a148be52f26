using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PluginCrm.LeadAssignment.Assignment;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Ownership;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Jobs;
using PluginCrm.Sdk.Records;
using PluginCrm.Sdk.Day;

namespace PluginCrm.LeadAssignment.Pool;

/// <summary>Hands queued leads, oldest first, to reps who have room again (a cap was raised, leads were closed).</summary>
public sealed class DrainQueueJob(LeadAssignmentDbContext db, ICrmRecords records, AssignmentEngine engine, OwnerWriter writer, ILogger<DrainQueueJob> logger) : IScheduledJob
{
    public async Task RunAsync(JobRun run, CancellationToken cancellationToken)
    {
        var assigned = 0;
        foreach (var queued in await db.Queue.AsNoTracking().OrderBy(q => q.QueuedUtc).ThenBy(q => q.LeadId).ToListAsync(cancellationToken))
        {
            var lead = await records.FindAsync<LeadRecord>(queued.LeadId, cancellationToken);
            if (lead is null || lead.OwnerId is not null || lead.Status is LeadStatus.Converted or LeadStatus.Disqualified)
            {
                await db.Queue.Where(q => q.LeadId == queued.LeadId).ExecuteDeleteAsync(cancellationToken);
                continue;
            }
            var outcome = await engine.DecideAsync(Prospect.From(lead), excluded: null, cancellationToken);
            if (outcome.OwnerId is not { } owner)
                continue;
            // The rotation credits the engine tracked are saved by the ownership step, in the update's transaction.
            await writer.SetOwnerAsync(new OwnershipChange("assign", "lead", lead.Id, owner, new DayText("from the queue"), outcome), outcome.TeamId, ActingUser.System, cancellationToken);
            assigned++;
        }
        logger.LogInformation("Assigned {Assigned} queued leads", assigned);
    }
}
