using System.Diagnostics;
using PluginCrm.Host.Tenants;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// <c>crm serve</c> for a data folder with tenants: one listener (the front) and, behind it, a <see cref="CrmApplication"/>
/// per tenant, built from the host's configuration plus the tenant's folder and database, on a <see cref="TenantServer"/>
/// instead of a listener. Each tenant's host is a container of its own, so what is kept per database (its connection, caches,
/// module switches, templates, job scheduler, outbox loop, sessions, rate limits) is the tenant's by construction, not by a
/// tenant id each of them would have to remember. Every tenant starts with the server, not on its first request: its jobs
/// and its outbox must run whether anyone calls it or not, and a tenant that cannot start stops the server at once.
/// </summary>
public sealed class CrmTenantsApplication : IAsyncDisposable
{
    private readonly WebApplication front;
    private readonly IReadOnlyDictionary<string, CrmApplication> tenants;

    private CrmTenantsApplication(WebApplication front, IReadOnlyDictionary<string, CrmApplication> tenants) => (this.front, this.tenants) = (front, tenants);

    /// <summary>Each tenant's host, by name.</summary>
    public IReadOnlyDictionary<string, CrmApplication> Tenants => tenants;

    public WebApplication Front => front;

    /// <summary>The first address the front listens on, once started.</summary>
    public Uri BaseAddress => new(front.Urls.First());

    public static CrmTenantsApplication Build(CrmStartOptions start, IReadOnlyList<Tenant> tenants)
    {
        var (builder, options, _) = CrmWebBuilder.Create(start);
        builder.Services.AddProblemDetails();
        var hosts = new Dictionary<string, CrmApplication>(StringComparer.Ordinal);
        try
        {
            foreach (var tenant in tenants)
                hosts[tenant.Name] = CrmApplication.BuildTenant(start, tenant, options.DataDirectory);
        }
        catch
        {
            foreach (var built in hosts.Values)
                built.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
        var front = builder.Build();
        front.UseTenantRouting(new TenantRouter(tenants, hosts.ToDictionary(h => h.Key, h => h.Value.Services.GetRequiredService<TenantServer>())));
        return new CrmTenantsApplication(front, hosts);
    }

    /// <summary>Starts every tenant's host (database, plugins, jobs, outbox), then the listener; returns once it listens.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var logger = front.Services.GetRequiredService<ILogger<CrmTenantsApplication>>();
        foreach (var (name, tenant) in tenants)
        {
            var clock = Stopwatch.StartNew();
            await tenant.StartAsync(cancellationToken);
            logger.LogInformation("Tenant {Tenant} started in {Milliseconds} ms", name, clock.ElapsedMilliseconds);
        }
        await front.StartAsync(cancellationToken);
    }

    /// <summary>Stops listening, then each tenant's jobs and outbox, letting what runs finish.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await front.StopAsync(cancellationToken);
        foreach (var tenant in tenants.Values)
            await tenant.App.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await front.DisposeAsync();
        foreach (var tenant in tenants.Values)
            await tenant.DisposeAsync();
    }
}
