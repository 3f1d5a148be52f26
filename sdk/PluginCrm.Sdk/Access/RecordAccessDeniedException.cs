namespace PluginCrm.Sdk.Access;

/// <summary>
/// A user asked for what it may not have. The host answers 404 when <see cref="HidesExistence"/> (the user may not
/// even know the record is there; the message then reads as for a record that does not exist), else 403.
/// </summary>
public sealed class RecordAccessDeniedException(string message, bool hidesExistence) : Exception(message)
{
    /// <summary>True when the answer must be the same as for a record that does not exist.</summary>
    public bool HidesExistence { get; } = hidesExistence;
}
