namespace PluginCrm.Sdk.Modules;

/// <summary>Tells whether a module is installed, loaded and switched on, so a plugin can use another's data only when it is there.</summary>
public interface IModuleSwitches
{
    /// <summary>True when the plugin <paramref name="pluginId"/> loaded and its module is enabled.</summary>
    Task<bool> IsEnabledAsync(string pluginId, CancellationToken cancellationToken);
}
