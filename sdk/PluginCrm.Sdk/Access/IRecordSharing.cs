namespace PluginCrm.Sdk.Access;

/// <summary>
/// Lets a module show records to every user beyond their owners, as the public pool (公海) does: a shared
/// customer, lead or deal is visible to every rep and manager while the sharing module is enabled, and
/// hidden again when it is switched off. Sharing does not change the owner.
/// </summary>
public interface IRecordSharing
{
    /// <summary>Shares a record on behalf of <paramref name="pluginId"/>; sharing twice is harmless.</summary>
    /// <param name="pluginId">The sharing plugin's own id.</param>
    /// <param name="recordType"><c>customer</c>, <c>lead</c> or <c>deal</c>.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ShareAsync(string pluginId, string recordType, long recordId, CancellationToken cancellationToken);

    /// <summary>Withdraws a share this plugin made; withdrawing one that is not there is harmless.</summary>
    /// <param name="pluginId">The sharing plugin's own id.</param>
    /// <param name="recordType"><c>customer</c>, <c>lead</c> or <c>deal</c>.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task UnshareAsync(string pluginId, string recordType, long recordId, CancellationToken cancellationToken);
}
