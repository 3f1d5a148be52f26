using PluginCrm.Host.Plugins;

namespace PluginCrm.Host.Templates;

/// <summary>The template functions plugins contributed, by namespace; the template engine imports them from here.</summary>
public sealed class TemplateFunctionRegistry(PluginCatalog catalog)
{
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, Delegate>> ByNamespace =>
        catalog.Loaded
            .Where(e => e.Contributions.TemplateFunctions.Count > 0)
            .ToDictionary(e => e.Descriptor!.TemplateNamespace, e => e.Contributions.TemplateFunctions);
}
