namespace PluginCrm.Host.Tenants;

/// <summary>
/// A tenant's host waits for no signal of its own: the front stops on Ctrl+C or SIGTERM, and then stops the tenants' hosts
/// after it has stopped taking requests (<c>CrmTenantsApplication.StopAsync</c>), so that no request is handed to a tenant
/// that is already stopping. It also keeps each tenant from printing the console's start and stop lines.
/// </summary>
public sealed class TenantLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
