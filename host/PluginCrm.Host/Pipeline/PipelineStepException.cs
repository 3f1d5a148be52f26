namespace PluginCrm.Host.Pipeline;

/// <summary>A plugin's step failed (not a validation refusal): the change was rolled back.</summary>
public sealed class PipelineStepException(string pluginId, string message, Exception inner)
    : Exception($"a step of plugin '{pluginId}' failed on {message}; the change was rolled back: {inner.Message}", inner)
{
    public string PluginId { get; } = pluginId;
}
