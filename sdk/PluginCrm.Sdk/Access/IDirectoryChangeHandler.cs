namespace PluginCrm.Sdk.Access;

/// <summary>
/// Told of every change to the users or teams that <see cref="ICrmDirectory"/> lists (see
/// <see cref="Plugins.IPluginBuilder.OnDirectoryChanged{THandler}"/>), inside the change's transaction, so a plugin that
/// keeps what it read of the directory between requests can mark it stale in its own tables: the mark commits or rolls
/// back with the change, and every host process on the database sees it by its next read. Called whether or not the
/// module is switched on; a throw fails the change.
/// </summary>
public interface IDirectoryChangeHandler
{
    /// <summary>Handles one change; the plugin's DbContext, on the scope's connection, joins the change's transaction.</summary>
    Task OnDirectoryChangedAsync(CancellationToken cancellationToken);
}
