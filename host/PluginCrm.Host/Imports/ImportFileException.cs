namespace PluginCrm.Host.Imports;

/// <summary>A file that cannot be imported at all (missing, empty, not the expected format); nothing was written.</summary>
public sealed class ImportFileException(string message) : Exception(message);
