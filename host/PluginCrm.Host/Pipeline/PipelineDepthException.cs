namespace PluginCrm.Host.Pipeline;

/// <summary>Steps kept triggering changes that trigger steps: the host stops the loop.</summary>
public sealed class PipelineDepthException(string message, int depth)
    : Exception($"{message} was triggered at depth {depth}, past the limit of {MessagePipeline.MaxDepth}: a step is causing a loop");
