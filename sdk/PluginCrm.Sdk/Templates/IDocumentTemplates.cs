namespace PluginCrm.Sdk.Templates;

/// <summary>
/// Renders an admin's document template (kind <c>document</c>) for a plugin: a certificate, a quote, a letter. The model
/// is read as a message template's is (snake_case members, the SDK's records), with the same functions and limits.
/// </summary>
public interface IDocumentTemplates
{
    /// <summary>
    /// The current version of <paramref name="templateKey"/> rendered with <paramref name="model"/>; null when there is no
    /// template with that key, so the plugin can fall back on its own wording.
    /// </summary>
    /// <exception cref="DocumentTemplateException">The template is not a document, or its render failed (the reason is the message).</exception>
    Task<RenderedDocument?> RenderAsync(string templateKey, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken);
}
