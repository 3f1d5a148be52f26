namespace PluginCrm.Host.Plugins;

/// <summary>A record type a plugin registered: its name, what its messages carry, who tells its owners, how its id reads.</summary>
public sealed record PluginRecordType(string Name, string PluginId, Type RecordType, Type OwnershipType, Func<object, long> IdOf);
