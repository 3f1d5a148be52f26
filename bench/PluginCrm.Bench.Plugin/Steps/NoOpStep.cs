using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Bench.Plugin.Steps;

/// <summary>
/// A step that only looks at its target, the least a real step does. Each of the ten registrations is its own
/// type (see <see cref="NoOpStep01"/>), so each is resolved and created per request like ten real steps.
/// </summary>
public abstract class NoOpStep : IPipelineStep
{
    public Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        _ = context.TargetAs<CustomerRecord>();
        return Task.CompletedTask;
    }
}
