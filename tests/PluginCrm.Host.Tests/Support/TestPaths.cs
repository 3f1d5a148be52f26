using System.Reflection;

namespace PluginCrm.Host.Tests.Support;

/// <summary>Where the repository is, the configuration built, and where the build put the host, its plugins and the fixture plugin assemblies.</summary>
public static class TestPaths
{
    public static string HostOutput => Metadata("HostOutputDir");
    public static string HostDll => Path.Combine(HostOutput, "PluginCrm.Host.dll");
    public static string BuiltInPlugins => Path.Combine(HostOutput, "plugins");
    public static string FixtureOutput => Path.Combine(Metadata("FixturesDir"), "PluginCrm.Fixtures.Plugins");
    public static string OldSdkPluginOutput => Path.Combine(Metadata("FixturesDir"), "PluginCrm.Fixtures.OldSdkPlugin");
    public static string RepoRoot => Metadata("RepoRoot");
    public static string Configuration => Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
