namespace PluginCrm.Host.Templates.Rendering;

/// <summary>A template failed to parse or render (a limit, a typo, a forbidden member); the message says why, with line and column.</summary>
public sealed class TemplateRenderException(string message, Exception? inner = null) : Exception(message, inner);
