namespace PluginCrm.Sdk.Templates;

/// <summary>A rendered document and the version of the template it came from.</summary>
public sealed record RenderedDocument(string Text, int TemplateVersion);
