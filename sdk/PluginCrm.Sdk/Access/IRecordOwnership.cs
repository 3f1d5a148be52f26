namespace PluginCrm.Sdk.Access;

/// <summary>
/// Implemented by a plugin for a record type of its own (registered with <c>IPluginBuilder.AddRecordType</c>), so that
/// <see cref="IRecordAccess"/> answers for it as for the host's records, to that plugin and to every other.
/// </summary>
public interface IRecordOwnership
{
    /// <summary>The record's owner and parent; null when there is no such record.</summary>
    Task<OwnedRecord?> FindAsync(long id, CancellationToken cancellationToken);
}
