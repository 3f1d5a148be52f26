namespace PluginCrm.Host.Imports;

/// <summary>One problem in an input file: the file, the 1-based line, the column, and what is wrong.</summary>
public sealed record ImportError(string File, int Row, string Column, string Reason);
