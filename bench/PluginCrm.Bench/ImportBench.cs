using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Cdnow;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Bench;

/// <summary>
/// The CDNOW master file through the real importer in a real host (the bulk path: batches of purchases through the
/// pipeline, validated, audited, all in one transaction), against a bare SQLite insert of the same rows measured in the
/// same run; then the same pair on PostgreSQL (a throw-away cluster of the bench's own). Then the peak working set of an
/// import of that file and of a ten times larger one, each in a process of its own.
/// </summary>
public static class ImportBench
{
    // From the data set's description; a different count means a different file, and figures not comparable.
    private const int ExpectedPurchases = 69_659;
    private const int ExpectedCustomers = 23_570;

    private sealed record ScenarioResult(string Scenario, int Rows, double WallSeconds, double RowsPerSecond, double TimeRatioToBaseline);

    /// <summary>The whole benchmark; with <paramref name="sqliteOnly"/>, the SQLite pair alone (a quick look while changing the import).</summary>
    public static async Task<int> RunAsync(string repoRoot, string configuration, bool sqliteOnly = false)
    {
        // The data sets live beside the repository, in ../shared/data, and are never copied into it.
        var file = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "data", "cdnow", "CDNOW_master.txt"));
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"error: data set not found: {file}");
            return 1;
        }

        try
        {
            Console.WriteLine($"CDNOW master import, rows per second; {ResultsFile.Machine(configuration)}");
            var parse = Stopwatch.StartNew();
            var rows = CdnowPurchase.ReadMaster(file);
            parse.Stop();
            var customers = rows.Select(r => r.Customer).Distinct().Count();
            if (rows.Count != ExpectedPurchases || customers != ExpectedCustomers)
                throw new BenchException($"{file}: {rows.Count} purchases by {customers} customers; expected {ExpectedPurchases} by {ExpectedCustomers}");

            Console.WriteLine("baseline: warm-up run (JIT, page cache), then the measured run");
            SqliteBaseline.Insert(rows);
            var baseline = SqliteBaseline.Insert(rows);
            var peakAfterBaseline = PeakWorkingSetMb();

            // The import gets a warm-up as the baseline does: the sample file into a host of its own (JIT, tiering, page cache).
            Console.WriteLine("import: a warm-up import of the sample file, then a host importing the master file");
            await ImportAsync(Path.Combine(Path.GetDirectoryName(file)!, "CDNOW_sample.txt"));
            var (import, report) = await ImportAsync(file);
            var peakAfterImport = PeakWorkingSetMb();
            var created = Check(report);
            ScenarioResult[] onSqlite =
            [
                new("bare SQLite insert (baseline)", rows.Count, baseline.TotalSeconds, rows.Count / baseline.TotalSeconds, 1),
                new("CdnowImporter in a host", rows.Count, import.TotalSeconds, rows.Count / import.TotalSeconds, import / baseline),
            ];
            if (sqliteOnly)
            {
                Print(onSqlite, peakAfterBaseline, peakAfterImport, created, parse.Elapsed);
                return 0;
            }

            Console.WriteLine("PostgreSQL: a throw-away cluster; its baseline and import, each after a warm-up as above");
            TimeSpan pgBaseline, pgImport;
            await using (var cluster = await ThrowawayPostgres.StartAsync())
            {
                await PostgresBaseline.InsertAsync(cluster, rows);
                pgBaseline = await PostgresBaseline.InsertAsync(cluster, rows);
                await ImportAsync(Path.Combine(Path.GetDirectoryName(file)!, "CDNOW_sample.txt"), OnPostgres(cluster));
                (pgImport, var pgReport) = await ImportAsync(file, OnPostgres(cluster));
                Check(pgReport);
            }

            Console.WriteLine("memory: the master file and a ten times larger one, each imported in a process of its own");
            var folder = Directory.CreateTempSubdirectory("crm-bench-import-").FullName;
            var (masterPeak, _, _) = ImportMemoryRun.Measure(file);
            var (largePeak, largePurchases, largeSeconds) = ImportMemoryRun.Measure(ImportMemoryRun.TenTimes(file, folder));
            HostRun.DeleteQuietly(folder);

            ScenarioResult[] results =
            [
                .. onSqlite,
                new("the same, x10 file, own process", largePurchases, largeSeconds, largePurchases / largeSeconds, largeSeconds / baseline.TotalSeconds / 10),
                new("bare PostgreSQL insert (its baseline)", rows.Count, pgBaseline.TotalSeconds, rows.Count / pgBaseline.TotalSeconds, 1),
                new("CdnowImporter in a host, PostgreSQL", rows.Count, pgImport.TotalSeconds, rows.Count / pgImport.TotalSeconds, pgImport / pgBaseline),
            ];
            Print(results, peakAfterBaseline, peakAfterImport, created, parse.Elapsed);
            Console.WriteLine($"peak working set of an import in a process of its own: {masterPeak:0} MB for the master file, {largePeak:0} MB for the file ten times larger");
            var written = ResultsFile.Write(repoRoot, "import", new
            {
                benchmark = "import",
                machine = ResultsFile.Machine(configuration),
                timestamp = DateTimeOffset.UtcNow,
                file = Path.GetFileName(file),
                purchases = rows.Count,
                customers,
                baselineWarmupRuns = 1,
                importRuns = 1,
                importWarmup = "CDNOW_sample.txt in a host of its own",
                benchParseMs = parse.Elapsed.TotalMilliseconds,
                importCreated = created,
                peakWorkingSetMb = new { afterBaseline = peakAfterBaseline, afterImport = peakAfterImport, ownProcessMaster = masterPeak, ownProcessTenTimes = largePeak },
                scenarios = results,
            });
            Console.WriteLine($"written to {Path.GetRelativePath(repoRoot, written)}");
            return 0;
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    // Times only the import itself: the host's start and the file's parse by the bench are outside the clock
    // (the importer's own read of the file is inside; it is a fraction of a second).
    internal static async Task<(TimeSpan Elapsed, ImportReport Report)> ImportAsync(string file, Action<CrmTestHostOptions>? configure = null)
    {
        using var console = HostConsole.Silence();
        await using var host = await CrmTestHost.StartAsync(configure);
        await using var scope = host.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<CdnowImporter>();
        var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, NoProgress.Instance);
        var clock = Stopwatch.StartNew();
        var report = await session.RunAsync(dryRun: false, (s, ct) => importer.ImportAsync(s, file, ct), CancellationToken.None);
        return (clock.Elapsed, report);
    }

    // A database of its own on the cluster for each host.
    private static Action<CrmTestHostOptions> OnPostgres(ThrowawayPostgres cluster) => o =>
    {
        o.Settings["Database:Provider"] = "postgres";
        o.Settings["Database:ConnectionString"] = cluster.ConnectionString($"import_{Guid.NewGuid():N}");
    };

    // An import that did not land whole would be timing something else.
    private static Dictionary<string, int> Check(ImportReport report)
    {
        if (!report.Committed || report.Errors.Count > 0)
            throw new BenchException($"the import did not commit: {report.Errors.Count} errors, first: {report.Errors.FirstOrDefault()}");
        var created = report.Counts.ToDictionary(c => c.Key, c => c.Value.Created);
        if (created.GetValueOrDefault("customer") != ExpectedCustomers || created.GetValueOrDefault("order") != ExpectedPurchases)
            throw new BenchException($"the import created {string.Join(", ", created.Select(c => $"{c.Value} {c.Key}s"))}; expected {ExpectedCustomers} customers and {ExpectedPurchases} orders");
        return created;
    }

    // The process's peak so far: the baseline, the host and the importer share this process.
    private static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    private static void Print(IReadOnlyList<ScenarioResult> results, double peakAfterBaseline, double peakAfterImport, Dictionary<string, int> created, TimeSpan parse)
    {
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-38} {"rows",7} {"wall s",8} {"rows/s",9} {"time ratio",11}");
        foreach (var r in results)
            Console.WriteLine($"{r.Scenario,-38} {r.Rows,7} {r.WallSeconds,8:0.00} {r.RowsPerSecond,9:0} {r.TimeRatioToBaseline,10:0.0}x");
        Console.WriteLine();
        Console.WriteLine($"import created {string.Join(", ", created.Select(c => $"{c.Value} {c.Key}s"))}; the bench parsed the file in {parse.TotalMilliseconds:0} ms (not timed in either row)");
        Console.WriteLine($"peak working set of the process: {peakAfterBaseline:0} MB after the baseline, {peakAfterImport:0} MB after the import");
        Console.WriteLine();
    }
}
