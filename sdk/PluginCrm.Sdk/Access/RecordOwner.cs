namespace PluginCrm.Sdk.Access;

/// <summary>Who owns a record of a plugin's own: the same owner and team rule decides for it as for a customer.</summary>
/// <param name="OwnerId">The responsible user; null while nobody is.</param>
/// <param name="TeamId">The owning team; null when none.</param>
public sealed record RecordOwner(long? OwnerId, long? TeamId);
