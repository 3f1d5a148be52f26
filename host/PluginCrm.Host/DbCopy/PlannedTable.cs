using PluginCrm.Host.Data.Providers;

namespace PluginCrm.Host.DbCopy;

/// <summary>A table to copy and who owns it (the host or a plugin's id), for the report.</summary>
public sealed record PlannedTable(string Owner, CopyTable Table);
