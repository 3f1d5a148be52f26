using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Host.Templates.Store;
using PluginCrm.Host.Api;
using PluginCrm.Sdk.Templates;

namespace PluginCrm.Host.Templates.ForPlugins;

/// <summary>The SDK's <see cref="IDocumentTemplates"/>: an admin's document template, rendered as the host renders any template.</summary>
public sealed class DocumentTemplates(TemplateStore store, TemplateRenderer renderer) : IDocumentTemplates
{
    public async Task<RenderedDocument?> RenderAsync(string templateKey, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken)
    {
        TemplateView template;
        try
        {
            template = await store.GetAsync(templateKey, cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
        if (template.Kind != TemplateKind.Document)
            throw new DocumentTemplateException($"template '{templateKey}' is a {template.Kind.ToString().ToLowerInvariant()} template, not a document");
        try
        {
            return new RenderedDocument(renderer.Render(template.Body, model, cancellationToken), template.CurrentVersion);
        }
        catch (TemplateRenderException failed)
        {
            throw new DocumentTemplateException($"template '{templateKey}' failed: {failed.Message}");
        }
    }
}
