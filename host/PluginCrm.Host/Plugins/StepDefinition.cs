using PluginCrm.Sdk.Pipeline;

namespace PluginCrm.Host.Plugins;

/// <summary>A plugin's step: which message, which stage, in which order.</summary>
public sealed record StepDefinition(string PluginId, string Message, PipelineStage Stage, int Order, Type StepType);
