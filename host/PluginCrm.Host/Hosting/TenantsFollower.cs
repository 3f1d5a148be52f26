using System.Diagnostics;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Data;
using PluginCrm.Host.Tenants;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// Keeps a server's tenants in step with <c>tenants.json</c> while it runs, read every <c>Tenants:RefreshSeconds</c>: a
/// tenant added there is started and then served, one removed is taken out and stopped, one whose host names changed is
/// routed by the new ones, one whose database changed is stopped and started on the new one; the others serve on
/// throughout. A tenant that cannot start (a database that does not answer) is logged and not served, and tried again a
/// minute later or when its entry changes; a file that cannot be read leaves the tenants as they are. Every process
/// serving the data folder follows the same file.
/// </summary>
public sealed class TenantsFollower(ServedTenants served, TenantRegistry registry, IOptions<TenantOptions> options, ILogger<TenantsFollower> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, (Tenant Tenant, long At)> failed = new(StringComparer.Ordinal);
    private string? unreadable;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RefreshSeconds == 0)
            return;
        // A file is polled on the machine's clock: the clock a test sets for the CRM's dates does not move it.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A tenant that fails to stop must not stop the server, and with it every other tenant.
                logger.LogError(ex, "The tenants could not be brought in step with {File}; trying again shortly", TenantRegistry.FileName);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        IReadOnlyList<Tenant> wanted;
        try
        {
            wanted = registry.Read();
            unreadable = null;
        }
        catch (StartupException ex)
        {
            if (ex.Message != unreadable)
                logger.LogError("{Problem}; the tenants are served as they were", ex.Message);
            unreadable = ex.Message;
            return;
        }
        var running = served.Tenants.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var gone in running.Values.Where(r => !wanted.Any(w => w.Name == r.Name && w.Database == r.Database)))
            await served.StopAsync(gone.Name, ct);
        foreach (var name in failed.Keys.Where(n => !wanted.Any(w => w.Name == n)).ToList())
            failed.Remove(name);
        foreach (var tenant in wanted)
        {
            if (running.TryGetValue(tenant.Name, out var now) && now.Database == tenant.Database)
            {
                if (now != tenant)
                    served.Reroute(tenant);
            }
            else
                await TryStartAsync(tenant, ct);
        }
    }

    private async Task TryStartAsync(Tenant tenant, CancellationToken ct)
    {
        if (failed.TryGetValue(tenant.Name, out var failure) && failure.Tenant == tenant && Stopwatch.GetElapsedTime(failure.At) < RetryAfter)
            return;
        CrmApplication? host = null;
        try
        {
            host = served.Build(tenant);
            await served.StartAsync(tenant, host, ct);
            failed.Remove(tenant.Name);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            if (host is not null)
                await host.DisposeAsync();
            failed[tenant.Name] = (tenant, Stopwatch.GetTimestamp());
            logger.LogError(ex, "Tenant {Tenant} could not start and is not served; it is tried again in a minute, or when its entry in {File} changes",
                tenant.Name, TenantRegistry.FileName);
        }
    }
}
