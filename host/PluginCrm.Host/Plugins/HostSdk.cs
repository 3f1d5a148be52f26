using PluginCrm.Sdk.Plugins;
using Semver;

namespace PluginCrm.Host.Plugins;

/// <summary>The SDK this host provides: the version of the PluginCrm.Sdk assembly it was built with.</summary>
public static class HostSdk
{
    public static SemVersion Version { get; } = SemVersion.FromVersion(new Version(typeof(ICrmPlugin).Assembly.GetName().Version!.ToString(3)));
}
