using System.Diagnostics;
using System.Text.Json;

namespace PluginCrm.Bench;

/// <summary>How the scale benchmark's data came to be: generated in this run, or kept from an earlier one of the same size and seed.</summary>
public sealed record ScaleDataInfo(string Folder, int Customers, int OrdersPerCustomer, int Seed, double GenerationSeconds, bool Reused)
{
    public double CustomersPerSecond => Customers / GenerationSeconds;

    /// <summary>The database's bytes on disk, its write-ahead log included.</summary>
    public long Bytes => new[] { "crm.db", "crm.db-wal" }.Select(f => new FileInfo(Path.Combine(Folder, f))).Where(f => f.Exists).Sum(f => f.Length);
}

/// <summary>
/// The scale benchmark's data folder under the temporary folder, named by size and seed: <c>crm demo generate</c> runs
/// only when the folder lacks a finished generation of the same size and seed (its <c>scale.json</c>, written last), since
/// a million customers take minutes to generate.
/// </summary>
public static class ScaleData
{
    private const string Marker = "scale.json";

    public static async Task<ScaleDataInfo> PrepareAsync(string hostDll, int customers, int ordersPerCustomer, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"plugincrm-scale-{customers}x{ordersPerCustomer}-seed{seed}");
        var marker = Path.Combine(folder, Marker);
        if (File.Exists(marker) && JsonSerializer.Deserialize<ScaleDataInfo>(await File.ReadAllTextAsync(marker)) is { } kept
            && (kept.Customers, kept.OrdersPerCustomer, kept.Seed) == (customers, ordersPerCustomer, seed))
            return kept with { Folder = folder, Reused = true };

        HostRun.DeleteQuietly(folder);
        var plugins = Directory.CreateDirectory(Path.Combine(folder, "no-plugins")).FullName;
        Console.WriteLine($"generating {customers:N0} customers with {ordersPerCustomer} orders each into {folder} (minutes for a million)...");
        var clock = Stopwatch.StartNew();
        await ServeProcess.RunAsync(hostDll, new Dictionary<string, string>(), "--data-dir", folder, "--plugins-dir", plugins,
            "demo", "generate", "--customers", $"{customers}", "--orders-per-customer", $"{ordersPerCustomer}", "--seed", $"{seed}");
        var info = new ScaleDataInfo(folder, customers, ordersPerCustomer, seed, clock.Elapsed.TotalSeconds, Reused: false);
        await File.WriteAllTextAsync(marker, JsonSerializer.Serialize(info));
        return info;
    }
}
