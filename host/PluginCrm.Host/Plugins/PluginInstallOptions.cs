namespace PluginCrm.Host.Plugins;

/// <summary>What <c>crm plugins install</c> demands of a package.</summary>
public sealed class PluginInstallOptions
{
    /// <summary>When true, a package is installed only with its SHA-256 given (<c>--sha256</c>), and never from a bare folder.</summary>
    public bool RequireSha256 { get; set; }
}
