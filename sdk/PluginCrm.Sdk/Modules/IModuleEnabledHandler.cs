namespace PluginCrm.Sdk.Modules;

/// <summary>
/// Catches a module up on what happened while it was switched off (see <see cref="Plugins.IPluginBuilder.OnEnabled{THandler}"/>):
/// orders it did not score, records it did not tag. The host calls it once each time an admin switches the module back
/// on (<c>POST /api/plugins/{id}/enable</c>, <c>crm plugins enable</c>), after the switch is stored, in a DI scope of
/// its own, before the call answers. A throw is logged with the plugin id; the module stays enabled.
/// </summary>
public interface IModuleEnabledHandler
{
    /// <summary>Handles one switch-on.</summary>
    Task OnEnabledAsync(ModuleEnabled enabled, CancellationToken cancellationToken);
}
