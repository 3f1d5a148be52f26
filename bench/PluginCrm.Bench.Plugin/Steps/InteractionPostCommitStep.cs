using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Bench.Plugin.Steps;

/// <summary>
/// A PostCommit step that does nothing on <c>interaction.create</c>: the webhook benchmark's baseline, outbox delivery
/// without a webhook (each row claimed, its record read back, the step run, the row marked delivered).
/// </summary>
internal sealed class InteractionPostCommitStep : IPipelineStep
{
    public Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        _ = context.TargetAs<InteractionRecord>();
        return Task.CompletedTask;
    }
}
