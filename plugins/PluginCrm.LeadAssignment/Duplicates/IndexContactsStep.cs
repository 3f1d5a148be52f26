using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Duplicates;

/// <summary>Lead and customer create, update and delete, PostOperation: keeps the contact index in step, in the change's transaction.</summary>
public sealed class IndexContactsStep(ContactIndex index) : IPipelineStep
{
    public Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken) => (context.Target ?? context.Before) switch
    {
        LeadRecord l => IndexAsync("lead", l.Id, context, cancellationToken),
        CustomerRecord c => IndexAsync("customer", c.Id, context, cancellationToken),
        _ => Task.CompletedTask,
    };

    // A create (no before image) has no keys to replace yet.
    private Task IndexAsync(string recordType, long id, PipelineContext context, CancellationToken ct) => context is { Before: null, Target: { } created }
        ? index.IndexCreatedAsync(recordType, id, created, ct)
        : index.IndexAsync(recordType, id, context.Target, ct);
}
