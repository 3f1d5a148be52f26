using System.Reflection;

namespace PluginCrm.Tests.Shared;

/// <summary>Where this repository built the host's plugins folder: what <c>./crm</c> loads, for tests that run it as a process.</summary>
public static class BuiltPlugins
{
    public static string Directory { get; } = Path.Combine(
        typeof(BuiltPlugins).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HostOutputDir").Value!, "plugins");
}
