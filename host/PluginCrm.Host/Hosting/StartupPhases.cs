using System.Diagnostics;
using System.Globalization;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// Where a server's start goes, from the process's start to its first answered request, phase by phase: logged once,
/// as one line (<see cref="LinePrefix"/>), so the start-up benchmark can read it and a slow start can be told apart.
/// </summary>
public sealed class StartupPhases
{
    public const string LinePrefix = "Start-up phases (ms):";

    private readonly DateTime processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    private readonly List<(string Phase, double Milliseconds)> phases = [];
    private TimeSpan marked;
    private int logged;

    /// <summary>Ends the phase running now, naming it (no commas: the line lists phases with them).</summary>
    public void Mark(string phase)
    {
        var now = DateTime.UtcNow - processStart;
        lock (phases)
            phases.Add((phase, (now - marked).TotalMilliseconds));
        marked = now;
    }

    /// <summary>Ends the last phase with the first answered request, and gives the line to log; null after the first.</summary>
    public string? FirstRequestServed()
    {
        if (Interlocked.Exchange(ref logged, 1) == 1)
            return null;
        Mark("first request");
        lock (phases)
            return $"{LinePrefix} {string.Join(", ", phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Milliseconds:0}")))}; " +
                   string.Create(CultureInfo.InvariantCulture, $"total {marked.TotalMilliseconds:0}");
    }
}
