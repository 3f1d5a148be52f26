using System.Collections.Concurrent;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Customers;

namespace PluginCrm.Host.WebConsole.Imports;

/// <summary>
/// Customer imports started from the console, run in the background (a large file takes longer than a request should)
/// in a scope of their own, all or nothing like <c>crm import customers</c>. Kept in memory: a run's page and error
/// report live as long as the host does.
/// </summary>
public sealed class ImportRuns(IServiceScopeFactory scopes, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<ImportRuns> logger)
{
    private readonly ConcurrentDictionary<Guid, ImportRun> runs = new();

    public ImportRun? Find(Guid id) => runs.GetValueOrDefault(id);

    public IReadOnlyList<ImportRun> Recent => runs.Values.OrderByDescending(r => r.StartedUtc).Take(20).ToList();

    /// <summary>Starts importing the uploaded file (copied to a temporary file first); the run's page follows it.</summary>
    public async Task<ImportRun> StartAsync(IFormFile upload, CustomerCsvMapping mapping, bool dryRun, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"plugincrm-import-{Guid.NewGuid():N}.csv");
        await using (var copy = File.Create(path))
            await upload.CopyToAsync(copy, ct);
        var run = new ImportRun(Guid.NewGuid(), Path.GetFileName(upload.FileName), dryRun, time.GetUtcNow().UtcDateTime);
        runs[run.Id] = run;
        _ = Task.Run(() => RunAsync(run, path, mapping), CancellationToken.None);
        return run;
    }

    private async Task RunAsync(ImportRun run, string path, CustomerCsvMapping mapping)
    {
        var ct = lifetime.ApplicationStopping;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, run);
            var importer = scope.ServiceProvider.GetRequiredService<CustomerCsvImporter>();
            var report = await session.RunAsync(run.DryRun, (s, token) => importer.ImportAsync(s, path, mapping, token), ct);
            run.Finish(report);
            logger.LogInformation("Console import {Run} of {File}: committed {Committed}, {Errors} errors", run.Id, run.File, report.Committed, report.Errors.Count);
        }
        catch (ImportFileException ex)
        {
            run.Fail(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Console import {Run} of {File} failed", run.Id, run.File);
            run.Fail("the import failed; nothing was saved (the host's log has the details)");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
