using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Assignment;

/// <summary>
/// Keeps the open-lead counts in the transaction of every change to a lead, PostOperation: <c>lead.create</c>,
/// <c>.update</c> (owner or status), <c>.delete</c> and <c>.convert</c> move them. A <c>lead.purge</c> cannot tell whether
/// its lead was deleted before (and so already off the counts), and a step before the purge may not run (the host refuses
/// a pre-stage step's null target), so a purge, which is rare, leaves them to be rebuilt by the next assignment.
/// </summary>
public sealed class OpenLeadsStep(OpenLeadCounts counts) : IPipelineStep
{
    public Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken) => context.Message == CoreMessages.Lead.Purge
        ? counts.ForgetAsync(cancellationToken)
        : counts.ChangeAsync(Lead(context.Before), Lead(context.Target), cancellationToken);

    private static LeadRecord? Lead(object? record) => record switch
    {
        LeadRecord lead => lead,
        LeadConversion conversion => conversion.Lead,
        _ => null,
    };
}
