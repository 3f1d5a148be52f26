namespace PluginCrm.Sdk.Settings;

/// <summary>Reads a plugin's current settings: defaults, then configuration, then what an admin saved.</summary>
/// <typeparam name="TSettings">The settings type declared with <c>AddSettings</c>.</typeparam>
public interface ISettings<TSettings> where TSettings : class, new()
{
    /// <summary>The current, validated settings. Read per use: an admin may change them at run time.</summary>
    Task<TSettings> GetAsync(CancellationToken cancellationToken);
}
