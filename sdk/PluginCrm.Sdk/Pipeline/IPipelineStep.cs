namespace PluginCrm.Sdk.Pipeline;

/// <summary>A plugin's part in the handling of a message, registered with <c>AddStep</c> for one message and stage.</summary>
public interface IPipelineStep
{
    /// <summary>Runs the step. Throw <see cref="PipelineValidationException"/> to refuse the change with a message for the caller.</summary>
    Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken);
}
