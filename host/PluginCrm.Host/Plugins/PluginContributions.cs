using System.Reflection;

using PluginCrm.Host.Settings;
namespace PluginCrm.Host.Plugins;

/// <summary>What a plugin added while it configured itself, beyond its services.</summary>
public sealed record PluginContributions(
    SettingsDefinition? Settings,
    IReadOnlyList<JobDefinition> Jobs,
    IReadOnlyDictionary<string, MethodInfo> TemplateFunctions,
    IReadOnlyList<Type> Schemas,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyList<Type> Commands,
    IReadOnlyDictionary<string, PluginRecordType> RecordTypes,
    IReadOnlyList<string> Messages,
    IReadOnlyList<Type> Contracts,
    IReadOnlyList<Type> EnabledHandlers,
    IReadOnlyList<Type> DaySections,
    IReadOnlyList<Type> TimelineSources,
    IReadOnlyList<Type> DemoContributors,
    Sdk.Screens.ScreenSet? Screens)
{
    public static readonly PluginContributions None = new(null, [], new Dictionary<string, MethodInfo>(), [], [], [], new Dictionary<string, PluginRecordType>(), [], [], [], [], [], [], null);
}
