namespace PluginCrm.Sdk.Pipeline;

/// <summary>A step refuses a change; the caller gets a 4xx problem with this message (and the field, when given).</summary>
public sealed class PipelineValidationException(string message, string? field = null) : Exception(message)
{
    /// <summary>The input field the refusal is about, in the API's camelCase, or null.</summary>
    public string? Field { get; } = field;
}
