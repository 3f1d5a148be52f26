namespace PluginCrm.Feedback.Cli;

/// <summary>Rows as columns padded to the widest cell, under a header.</summary>
public static class TextTable
{
    public static void Print(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var lines = new List<string[]> { header.ToArray() };
        lines.AddRange(rows.Select(r => r.Select(cell => cell ?? "-").ToArray()));
        var width = Enumerable.Range(0, header.Count).Select(i => lines.Max(l => l[i].Length)).ToArray();
        foreach (var line in lines)
            output.WriteLine(string.Join("  ", line.Select((cell, i) => i == line.Length - 1 ? cell : cell.PadRight(width[i]))));
    }
}
