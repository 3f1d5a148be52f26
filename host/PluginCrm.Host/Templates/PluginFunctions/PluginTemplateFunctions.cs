using System.Reflection;

namespace PluginCrm.Host.Templates.PluginFunctions;

/// <summary>One loaded plugin's template functions: its namespace and each function's method, by template name.</summary>
public sealed record PluginTemplateFunctions(string PluginId, string Namespace, IReadOnlyDictionary<string, MethodInfo> Functions);
