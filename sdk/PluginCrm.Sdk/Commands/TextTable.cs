namespace PluginCrm.Sdk.Commands;

/// <summary>Rows as columns padded to the widest cell, under a header: how the host's and plugins' commands print lists.</summary>
public static class TextTable
{
    /// <param name="output">Where the lines go (the command's output).</param>
    /// <param name="header">The column names.</param>
    /// <param name="rows">One cell per column each.</param>
    /// <param name="missing">What an empty (null) cell shows.</param>
    public static void Print(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, string missing = "")
    {
        var lines = rows.Select(row => row.Select(cell => cell ?? missing).ToArray()).Prepend(header.ToArray()).ToList();
        var widths = header.Select((_, i) => lines.Max(line => line[i].Length)).ToArray();
        foreach (var line in lines)
            output.WriteLine(string.Join("  ", line.Select((cell, i) => i == line.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
    }
}
