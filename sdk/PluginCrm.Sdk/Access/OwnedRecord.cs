namespace PluginCrm.Sdk.Access;

/// <summary>
/// What the host needs to know of one record of a plugin's own type to decide who may see and change it.
/// </summary>
/// <param name="Owner">Its owner and team; with neither, the record follows its <paramref name="Parent"/>.</param>
/// <param name="Parent">The record it belongs to (a complaint's customer, a note's subject): whoever reads the parent reads it.</param>
public sealed record OwnedRecord(RecordOwner Owner, RecordRef? Parent);
