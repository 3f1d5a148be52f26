namespace PluginCrm.Host.Plugins;

/// <summary>
/// The <c>Plugins</c> section. Its other keys are the plugins' own settings (<c>Plugins:&lt;id&gt;:...</c>), which this
/// type leaves alone; that is why <c>install</c> is a reserved plugin id.
/// </summary>
public sealed class PluginOptions
{
    public PluginInstallOptions Install { get; set; } = new();
}
