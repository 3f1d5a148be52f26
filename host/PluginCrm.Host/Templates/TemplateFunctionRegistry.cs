using PluginCrm.Host.Plugins;
using PluginCrm.Host.Templates.PluginFunctions;

namespace PluginCrm.Host.Templates;

/// <summary>The template functions plugins contributed, by plugin; the template engine builds its namespaces from here.</summary>
public sealed class TemplateFunctionRegistry(PluginCatalog catalog)
{
    public IReadOnlyList<PluginTemplateFunctions> Plugins =>
        catalog.Loaded
            .Where(e => e.Contributions.TemplateFunctions.Count > 0)
            .Select(e => new PluginTemplateFunctions(e.Id, e.Descriptor!.TemplateNamespace, e.Contributions.TemplateFunctions))
            .ToList();
}
