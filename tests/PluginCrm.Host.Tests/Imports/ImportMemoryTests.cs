using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Data;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Cdnow;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Host.Tests.Templates;
using PluginCrm.Sdk.Testing;
using Xunit.Abstractions;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>
/// The import streams its file: what it holds while it runs does not grow with the file's rows. Measured as the live
/// managed heap (after a full collection) at the end of every batch, above what the process held before the import, for a
/// generated file and one ten times larger by the same customers (a longer history). What it does keep grows with the
/// customers, a few numbers each (their stage and id), and the README says so.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class ImportMemoryTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public async Task A_file_ten_times_longer_does_not_take_ten_times_the_memory()
    {
        var small = GeneratedCdnow.Write(Path.Combine(files.Path, "small.txt"), 1_000, most: 3);
        var large = GeneratedCdnow.Write(Path.Combine(files.Path, "large.txt"), 10_000, most: 39);
        Assert.InRange(GeneratedCdnow.Count(large).Customers, GeneratedCdnow.Count(small).Customers * 0.8, GeneratedCdnow.Count(small).Customers * 1.25);

        await using var host = await CrmTestHost.StartAsync();
        await HeldAsync(host, GeneratedCdnow.Write(Path.Combine(files.Path, "warm-up.txt"), 500)); // the queries compiled, the caches filled
        var smallHeld = await HeldAsync(host, small);
        var largeHeld = await HeldAsync(host, large);

        output.WriteLine($"held at most {smallHeld:N0} bytes importing 1,000 purchases (one batch), {largeHeld:N0} importing 10,000 (ten)");
        Assert.True(largeHeld < 3 * Math.Max(smallHeld, 1_000_000), $"10,000 purchases held {largeHeld:N0} bytes, 1,000 held {smallHeld:N0}");
    }

    // Each file into an empty set of customers and orders (the files share customer numbers), in a host that has imported before.
    private static async Task<long> HeldAsync(CrmTestHost host, string file)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Database.ExecuteSqlRawAsync("DELETE FROM order_lines; DELETE FROM orders; DELETE FROM customers;");
        var progress = new HeapSampler();
        var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, (IImportProgress)progress);
        var importer = scope.ServiceProvider.GetRequiredService<CdnowImporter>();
        var before = LiveHeap();
        var report = await session.RunAsync(false, (s, ct) => importer.ImportAsync(s, file, ct), CancellationToken.None);
        Assert.True(report.Committed, string.Join("; ", report.Errors));
        return progress.Peak - before;
    }

    // One full, blocking collection: what the import holds is live, a finished batch's garbage is gone. GetTotalMemory(true)
    // collects again and again until the heap settles (up to 20 times): in a process that has run hundreds of hosts, seconds.
    private static long LiveHeap()
    {
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    // Told of every batch the import finishes, while the import's state is live.
    private sealed class HeapSampler : IImportProgress
    {
        public long Peak { get; private set; }

        public void Start(string stage, int total)
        {
        }

        public void Advance(int by = 1) => Peak = Math.Max(Peak, LiveHeap());
    }
}
