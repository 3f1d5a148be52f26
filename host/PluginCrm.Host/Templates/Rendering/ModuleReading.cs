namespace PluginCrm.Host.Templates.Rendering;

/// <summary>
/// The module switches as the renders of one DI scope (a request, a job run, a pipeline message) see them, as the
/// pipeline sees them for its steps: read from the database when a render first touches a plugin's namespace, then kept
/// for the scope's other renders (a job queuing a thousand messages reads them once). Nothing outlives the scope, so
/// every host process follows a switch from its next request or job run: no cache to fall out of step.
/// </summary>
public sealed class ModuleReading(Func<IReadOnlySet<string>> readEnabledModules)
{
    private IReadOnlySet<string>? enabled;

    public bool IsOn(string pluginId) => (enabled ??= readEnabledModules()).Contains(pluginId);
}
