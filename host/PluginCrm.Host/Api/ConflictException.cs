namespace PluginCrm.Host.Api;

/// <summary>
/// The change cannot be made in the state the record is in: <see cref="Status"/> 409 for a clash (a duplicate
/// natural key), 412 for a stale version, 428 when the caller sent no version at all.
/// </summary>
public sealed class ConflictException(string message, int status = 409) : Exception(message)
{
    public int Status { get; } = status;
}
