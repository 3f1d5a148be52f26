using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Duplicates;
using PluginCrm.LeadAssignment.Pool;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Conversion;

/// <summary>
/// <c>lead.convert</c>, PostOperation, in the conversion's transaction: the lead is done with. It leaves the queue and the
/// public pool, and its contact keys give way to its customer's (indexed by <c>customer.create</c>), so a later capture is
/// told of the customer. It counts as answered for the response deadline by its status, which is no longer new.
/// </summary>
public sealed class ConvertedLeadStep(LeadConversionScope scope, ContactIndex index, PublicPool pool, LeadAssignmentDbContext db) : IPipelineStep
{
    public async Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        scope.Converting = null;
        var lead = context.TargetAs<LeadConversion>().Lead;
        await index.IndexAsync(RecordTypes.Lead, lead.Id, null, cancellationToken);
        await pool.TakeAsync(RecordTypes.Lead, lead.Id, cancellationToken);
        await db.Queue.Where(q => q.LeadId == lead.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
