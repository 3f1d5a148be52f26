using System.Diagnostics;
using System.Globalization;

namespace PluginCrm.Bench;

/// <summary>
/// One import in a process of its own (<c>import-memory FILE</c>), so that the peak working set it prints is the import's
/// and its host's alone; and the CDNOW master file made ten times larger for it: ten stores' worth of customers and purchases.
/// </summary>
public static class ImportMemoryRun
{
    public static async Task<int> RunAsync(string file)
    {
        var (elapsed, report) = await ImportBench.ImportAsync(file);
        if (!report.Committed)
            throw new BenchException($"the import of {file} did not commit: {report.Errors.FirstOrDefault()}");
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{process.PeakWorkingSet64} {report.Counts["order"].Created} {elapsed.TotalSeconds}"));
        return 0;
    }

    /// <summary>Imports <paramref name="file"/> in a child process: its peak working set, purchases and seconds.</summary>
    public static (double PeakMb, int Purchases, double Seconds) Measure(string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(ImportMemoryRun).Assembly.Location, "import-memory", file })
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()?.Split(' ');
        if (child.ExitCode != 0 || last is not { Length: 3 })
            throw new BenchException($"the import of {file} in a process of its own failed (exit {child.ExitCode}): {output}");
        return (long.Parse(last[0], CultureInfo.InvariantCulture) / (1024.0 * 1024.0), int.Parse(last[1], CultureInfo.InvariantCulture), double.Parse(last[2], CultureInfo.InvariantCulture));
    }

    /// <summary>The master file ten times over, each copy's customer numbers moved by 100,000: ten times the customers and the purchases.</summary>
    public static string TenTimes(string master, string folder)
    {
        var path = Path.Combine(folder, "CDNOW_master_x10.txt");
        using var writer = new StreamWriter(path);
        writer.Write("customer_id date number_of_cds dollar_value\r\n");
        for (var copy = 0; copy < 10; copy++)
        {
            foreach (var line in File.ReadLines(master).Skip(1))
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (f.Length == 4)
                    writer.Write($"{copy * 100_000 + int.Parse(f[0], CultureInfo.InvariantCulture)} {f[1]} {f[2]} {f[3]}\r\n");
            }
        }
        return path;
    }
}
