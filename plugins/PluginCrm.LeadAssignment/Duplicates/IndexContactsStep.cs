using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>Lead and customer create, update and delete, PostOperation: keeps the contact index in step, in the change's transaction.</summary>
public sealed class IndexContactsStep(ContactIndex index) : IPipelineStep
{
    public Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken) => (context.Target ?? context.Before) switch
    {
        LeadRecord l => index.IndexAsync("lead", l.Id, context.Target, cancellationToken),
        CustomerRecord c => index.IndexAsync("customer", c.Id, context.Target, cancellationToken),
        _ => Task.CompletedTask,
    };
}
