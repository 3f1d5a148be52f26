using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Cdnow;
using PluginCrm.Host.Tests.Support;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Imports;

/// <summary>
/// An import in a running server (the console's) queues its records' PostCommit deliveries in its own transaction; once it
/// commits they go out at once, as a single change's do, not at the outbox's next poll.
/// </summary>
public sealed class ImportOutboxTests : IDisposable
{
    private readonly PluginsFolder plugins = new PluginsFolder().Add("fx-deliveries", "PluginCrm.Fixtures.Plugins.Outbox.DeliveryLogPlugin");
    private readonly TempFolder files = new();

    public void Dispose()
    {
        plugins.Dispose();
        files.Dispose();
    }

    [Fact]
    public async Task The_deliveries_an_import_queues_go_out_when_it_commits_not_at_the_next_poll()
    {
        // An hour between polls: within the test only the import's own wake can deliver.
        await using var host = await CrmTestHost.StartAsync(o =>
        {
            o.PluginsDirectory = plugins.Path;
            o.Settings["Jobs:OutboxPollSeconds"] = "3600";
        });
        var file = GeneratedCdnow.Write(Path.Combine(files.Path, "purchases.txt"), 300, most: 3);

        ImportReport report;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var session = ActivatorUtilities.CreateInstance<ImportSession>(scope.ServiceProvider, NoProgress.Instance);
            var importer = scope.ServiceProvider.GetRequiredService<CdnowImporter>();
            report = await session.RunAsync(false, (s, ct) => importer.ImportAsync(s, file, ct), CancellationToken.None);
        }
        Assert.True(report.Committed, string.Join("; ", report.Errors));
        var customers = report.Counts["customer"].Created;

        var waited = Stopwatch.StartNew();
        int delivered;
        while ((delivered = await DeliveredAsync(host)) < customers && waited.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(100);
        Assert.Equal(customers, delivered);
    }

    private static async Task<int> DeliveredAsync(CrmTestHost host) =>
        (await host.Client.GetFromJsonAsync<Count>("/api/fx-deliveries/count"))!.count;

    private sealed record Count(int count);
}
