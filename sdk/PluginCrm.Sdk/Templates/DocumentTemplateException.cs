namespace PluginCrm.Sdk.Templates;

/// <summary>A document template that could not be rendered: not a document, or failing with the model given.</summary>
public sealed class DocumentTemplateException(string message) : Exception(message);
