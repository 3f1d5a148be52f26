namespace PluginCrm.Host.Settings;

/// <summary>Plugins' settings as saved by an admin, over their configuration.</summary>
public static class SettingsFeature
{
    public static void AddSettings(this IServiceCollection services) => services.AddSingleton<SettingsStore>();
}
