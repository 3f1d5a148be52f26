using PluginCrm.Host.Templates.Functions;
using PluginCrm.Host.Templates.PluginFunctions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// The function namespaces, built once and shared by every render: importing a function reads it by reflection, too
/// costly per render, and plugins' functions are fixed once the host has started (installing one needs a restart).
/// Each namespace refuses every write (<see cref="FunctionNamespace"/>). A plugin's namespace is there only while its
/// module is on, as the render's scope reads the switches (<see cref="RenderContext.Modules"/>); while it is off,
/// reading it fails with a message naming it.
/// </summary>
public sealed class FunctionGlobals : ScriptObject
{
    private readonly Dictionary<string, string> pluginOf = new(StringComparer.Ordinal);

    public FunctionGlobals(IEnumerable<PluginTemplateFunctions> plugins, HostTemplateFunctions host)
    {
        // The host's namespaces win: a plugin namespace of the same name is left out.
        foreach (var plugin in plugins.Where(p => !host.ByNamespace.ContainsKey(p.Namespace)))
        {
            pluginOf[plugin.Namespace] = plugin.PluginId;
            Add(plugin.Namespace, plugin.Functions.ToDictionary(f => f.Key, f => (IScriptCustomFunction)new PluginFunction(f.Value)));
        }
        foreach (var (ns, functions) in host.ByNamespace)
            Add(ns, functions.ToDictionary(f => f.Key, f => (IScriptCustomFunction)DynamicCustomFunction.Create(f.Value)));
        Namespaces = Keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every namespace's name (<c>crm_date</c>, a plugin's), on or off; none is a model member.</summary>
    public IReadOnlySet<string> Namespaces { get; }

    /// <summary>Why <paramref name="name"/> cannot be used now (a switched-off module's namespace), or null.</summary>
    public string? Unavailable(string name, ModuleReading? modules) =>
        pluginOf.TryGetValue(name, out var pluginId) && modules?.IsOn(pluginId) != true
            ? $"{name} is not available: the module '{pluginId}' is disabled"
            : null;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        // Every render's context is a RenderContext; without one nobody has read the switches, so a plugin's namespace is off.
        if (Unavailable(member, (context as RenderContext)?.Modules) is { } reason)
            throw new ScriptRuntimeException(span, reason);
        return base.TryGetValue(context, span, member, out value);
    }

    private void Add(string ns, IReadOnlyDictionary<string, IScriptCustomFunction> functions) =>
        SetValue(ns, new FunctionNamespace(ns, functions), readOnly: true);
}
