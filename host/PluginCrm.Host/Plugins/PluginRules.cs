using System.Reflection;

namespace PluginCrm.Host.Plugins;

/// <summary>
/// What checking a plugin's contributions needs from features above the plugin loader, handed to it by the
/// composition root: the record types the host owns, and how template functions are read and checked.
/// </summary>
public sealed record PluginRules(
    IReadOnlyCollection<string> CoreRecordTypes,
    Func<Type, string, IReadOnlyDictionary<string, MethodInfo>> ReadTemplateFunctions);
