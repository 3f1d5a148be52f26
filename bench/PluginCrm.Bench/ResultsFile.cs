using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>Writes a benchmark's figures to bench/results/&lt;name&gt;.json (git-ignored: figures belong to one machine).</summary>
public static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Write(string repoRoot, string name, object report)
    {
        var dir = Directory.CreateDirectory(Path.Combine(repoRoot, "bench", "results")).FullName;
        var file = Path.Combine(dir, $"{name}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(report, Json));
        return file;
    }

    /// <summary>What the figures depend on, printed above each table and kept with the JSON.</summary>
    public static string Machine(string configuration) =>
        $"{configuration}, .NET {Environment.Version}, {Environment.ProcessorCount} cpus, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC";
}
