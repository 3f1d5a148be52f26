using System.Globalization;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.DbCopy;

/// <summary>What must hold before a copy writes anything; each refusal is one line naming what to fix.</summary>
public static class CopyChecks
{
    /// <summary>
    /// The source is a CRM at this build's schema, and every table in it is mapped by the host or a loaded plugin (or is a
    /// history table): nothing would be left behind.
    /// </summary>
    public static async Task SourceHoldsTheCrmAsync(CopySide source, CancellationToken ct)
    {
        var tables = await source.Provider.TablesAsync(ct); // before anything else opens it: SQLite would create a missing file
        if (tables.Count == 0)
            throw new CliException($"the source holds no CRM: {source.Provider.Location} has no tables");
        await SameVersionsAsync(source, "source", ct);
        var known = source.Parts.SelectMany(p => p.Tables.Select(t => t.Name)).Concat(source.HistoryTables).ToHashSet(StringComparer.Ordinal);
        var unknown = tables.Where(t => !known.Contains(t)).ToList();
        if (unknown.Count > 0)
            throw new CliException($"the source has tables that neither the host nor a loaded plugin maps ({string.Join(", ", unknown)}), " +
                                   "which a copy would lose: load the plugin that owns them (--plugins-dir), or purge it first");
    }

    /// <summary>The host's and every plugin's applied migrations are exactly this build's, so both ends have one schema.</summary>
    public static async Task SameVersionsAsync(CopySide side, string which, CancellationToken ct)
    {
        var differences = new List<string>();
        foreach (var part in side.Parts)
        {
            var applied = await part.AppliedAsync(ct);
            if (!applied.SequenceEqual(part.Known))
                differences.Add($"{part.Owner}: {which} has {Describe(applied, part.Known)}, this build {part.Known.LastOrDefault() ?? "no migrations"}");
        }
        if (differences.Count > 0)
            throw new CliException($"schema versions differ: {string.Join("; ", differences)} (migrate the {which} with this build first, or copy with the build that made it)");
    }

    /// <summary>
    /// The target is new: it has no tables, or no rows but those this build's migrations write (<paramref name="migrated"/>:
    /// the rows per table of a database only migrated, which is what <c>crm migrate</c> leaves). Returns the tables it has.
    /// </summary>
    public static async Task<IReadOnlyList<string>> NewAsync(CopySide target, Func<CancellationToken, Task<IReadOnlyDictionary<string, long>>> migrated, CancellationToken ct)
    {
        var tables = await target.Provider.TablesAsync(ct);
        var counts = await target.RowCountsAsync(tables, ct);
        if (counts.Values.All(rows => rows == 0))
            return tables;
        var written = await migrated(ct);
        foreach (var (table, rows) in counts.Where(c => c.Value > written.GetValueOrDefault(c.Key)))
            throw new CliException($"the target is not empty (table {table} has {rows.ToString("N0", CultureInfo.InvariantCulture)} row{(rows == 1 ? "" : "s")}): " +
                                   "copy into a new database, or one that only 'crm migrate' has prepared");
        return tables;
    }

    private static string Describe(IReadOnlyList<string> applied, IReadOnlyList<string> known)
    {
        if (applied.FirstOrDefault(a => !known.Contains(a)) is { } unknown)
            return $"{unknown}, which this build does not know";
        if (applied.Count == 0)
            return "no migrations";
        // Known and in order, yet not the same list: one is missing before the last.
        var missing = known.FirstOrDefault(k => !applied.Contains(k));
        return missing is null || string.CompareOrdinal(missing, applied[^1]) > 0 ? applied[^1] : $"{applied[^1]} but not {missing}";
    }
}
