namespace PluginCrm.Host.Imports;

/// <summary>One record a file asks for: the stored one its natural key found (null: none), the one the row wants, and where the row is.</summary>
public sealed record ImportRow<TRecord>(TRecord? Existing, TRecord Wanted, string File, int Row) where TRecord : class;
