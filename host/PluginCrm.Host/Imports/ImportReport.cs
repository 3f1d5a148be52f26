namespace PluginCrm.Host.Imports;

/// <summary>What an import did (or, on a dry run or a failure, would have done): counts per record kind and every error.</summary>
public sealed record ImportReport(
    bool DryRun,
    bool Committed,
    IReadOnlyDictionary<string, ImportCounts> Counts,
    int Skipped,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<string> Notes);

/// <summary>How many records of one kind were created, updated or found unchanged.</summary>
public sealed record ImportCounts(int Created, int Updated, int Unchanged);
