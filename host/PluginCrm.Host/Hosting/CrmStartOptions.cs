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

    /// <summary>
    /// The same start with <paramref name="settings"/> over its own and <paramref name="services"/> after its last word: a
    /// tenant's host, built from the host's configuration plus its own folder and database. No start phases: they time the
    /// process's one server.
    /// </summary>
    public CrmStartOptions With(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection> services)
    {
        var start = new CrmStartOptions
        {
            CommandLine = CommandLine,
            LogFile = LogFile,
            ConfigureServices = all =>
            {
                ConfigureServices?.Invoke(all);
                services(all);
            },
        };
        foreach (var (key, value) in Settings.Concat(settings))
            start.Settings[key] = value;
        start.InProcessPlugins.AddRange(InProcessPlugins);
        return start;
    }
}
