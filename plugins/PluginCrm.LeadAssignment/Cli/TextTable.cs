namespace PluginCrm.LeadAssignment.Cli;

/// <summary>Prints rows as left-aligned columns under a header.</summary>
public static class TextTable
{
    public static void Print(TextWriter output, string[] header, IEnumerable<string?[]> rows)
    {
        var all = rows.Select(r => r.Select(c => c ?? "").ToArray()).Prepend(header).ToList();
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
            output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
    }
}
