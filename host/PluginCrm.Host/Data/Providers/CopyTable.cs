namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// A table as <c>crm db copy</c> moves it: its columns in order, the key its rows are read in order of, and the columns
/// whose values the database generates (ids kept as copied, the generator moved past them).
/// </summary>
public sealed record CopyTable(string Name, string Delimited, IReadOnlyList<CopyColumn> Columns, IReadOnlyList<CopyColumn> Key, IReadOnlyList<CopyColumn> Identities);
