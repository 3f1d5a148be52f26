using PluginCrm.Sdk.Settings;

namespace PluginCrm.Host.Settings;

/// <summary>Reads a plugin's settings fresh from the database on every call, so every host process sees a change at once.</summary>
internal sealed class PluginSettings<TSettings>(SettingsDefinition definition, SettingsStore store) : ISettings<TSettings>
    where TSettings : class, new()
{
    public async Task<TSettings> GetAsync(CancellationToken cancellationToken) =>
        (TSettings)SettingsMerger.Merge(definition, await store.GetOverridesAsync(definition.PluginId, cancellationToken));
}
