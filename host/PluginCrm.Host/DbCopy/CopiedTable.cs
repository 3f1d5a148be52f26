using System.Globalization;

namespace PluginCrm.Host.DbCopy;

/// <summary>One table's count and checksum as read from the source while copying and from the target afterwards.</summary>
public sealed record CopiedTable(string Owner, string Name, long SourceRows, string SourceChecksum, long Coarsened, long TargetRows = -1, string TargetChecksum = "")
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;

    /// <summary>The report's line: <c>customers (host): 2,000 rows, checksum 3f9a1c2b0d4e matches</c>.</summary>
    public string Line()
    {
        var rows = $"{N(SourceRows)} row{(SourceRows == 1 ? "" : "s")}";
        if (SourceRows != TargetRows)
            return $"{Name} ({Owner}): {rows} in the source, {N(TargetRows)} in the target: DIFFERS";
        return SourceChecksum == TargetChecksum
            ? $"{Name} ({Owner}): {rows}, checksum {SourceChecksum[..12]} matches"
            : $"{Name} ({Owner}): {rows}, checksum {SourceChecksum[..12]} in the source, {TargetChecksum[..12]} in the target: DIFFERS";
    }

    private static string N(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
