namespace PluginCrm.Sdk.Plugins;

/// <summary>A plugin's own tables, brought up to date by the host before the plugin starts.</summary>
public interface IPluginSchema
{
    /// <summary>Applies pending migrations of the plugin's schema.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
