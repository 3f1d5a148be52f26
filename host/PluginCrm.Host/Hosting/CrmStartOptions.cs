using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Plugins;

namespace PluginCrm.Host.Hosting;

/// <summary>How a host is started: by the command line, by tests, or by the SDK test kit.</summary>
public sealed class CrmStartOptions
{
    /// <summary>Configuration that wins over appsettings.json and the environment (command-line switches, tests).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for commands other than <c>serve</c>: logs go to standard error, and no jobs are polled.</summary>
    public bool CommandLine { get; init; }

    /// <summary>False for a host that only looks (<c>crm --help</c>), which must leave no trace: no log file, no logs folder.</summary>
    public bool LogFile { get; set; } = true;

    /// <summary>Plugins given as objects instead of folders (the SDK test kit uses this); they go through the same checks.</summary>
    public List<(PluginCandidate Candidate, ICrmPlugin Instance)> InProcessPlugins { get; } = [];

    /// <summary>Times the start phase by phase (<c>crm serve</c>); null elsewhere.</summary>
    public StartupPhases? Phases { get; init; }

    /// <summary>A last word on services, e.g. a test clock in place of the system's.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
