using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Templates.Functions;
using PluginCrm.Host.Templates.PluginFunctions;
using PluginCrm.Host.Templates.Rendering;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>
/// Renderers built as the host builds them, without a host: the host's functions, and plugin functions classes by
/// namespace (each its own module, switched on unless <paramref name="enabled"/> says otherwise), resolved from a scope.
/// </summary>
internal static class Renderers
{
    public static TemplateRenderer Create(TimeProvider time, IReadOnlyDictionary<string, Type>? plugins = null, Func<IReadOnlySet<string>>? enabled = null)
    {
        plugins ??= new Dictionary<string, Type>();
        var services = new ServiceCollection();
        foreach (var type in plugins.Values)
            services.AddScoped(type);
        var functions = new FunctionGlobals(
            plugins.Select(p => new PluginTemplateFunctions(p.Key, p.Key, PluginFunctionSignatures.Read(p.Value, p.Key))), new HostTemplateFunctions(time));
        IReadOnlySet<string> all = plugins.Keys.ToHashSet();
        return new TemplateRenderer(new TemplateParser(), functions, services.BuildServiceProvider().CreateScope().ServiceProvider, enabled ?? (() => all));
    }
}
