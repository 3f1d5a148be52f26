using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PluginCrm.Host.Tenants;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// The tenants a server with tenants is serving now, each with its running host, and the router's view of them. A tenant
/// is started before the router is told of it and taken out of the router before it is stopped, so a request reaches
/// only a tenant that is serving. Changed only by the server's start and by <see cref="TenantsFollower"/>, one at a time.
/// </summary>
public sealed class ServedTenants(CrmStartOptions start, string dataDirectory, TenantRouter router, IServer front, ILogger<ServedTenants> logger)
{
    private readonly Dictionary<string, (Tenant Tenant, CrmApplication Host)> served = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Each served tenant's host, by name, as it is now.</summary>
    public IReadOnlyDictionary<string, CrmApplication> Hosts
    {
        get
        {
            lock (gate)
                return served.ToDictionary(s => s.Key, s => s.Value.Host, StringComparer.Ordinal);
        }
    }

    public IReadOnlyList<Tenant> Tenants
    {
        get
        {
            lock (gate)
                return [.. served.Values.Select(s => s.Tenant)];
        }
    }

    /// <summary>Builds a tenant's host; its database and plugins start with <see cref="StartAsync"/>.</summary>
    public CrmApplication Build(Tenant tenant)
    {
        var host = CrmApplication.BuildTenant(start, tenant, dataDirectory);
        // A tenant is reached through the front's listener: its public address (ICrmPublicAddress) has the front's port.
        host.Services.GetRequiredService<TenantServer>().Features.Set<IServerAddressesFeature>(new FrontAddresses(front));
        return host;
    }

    // The front's addresses as it listens, read-only: a tenant's host starting must not write its configured ones into them.
    private sealed class FrontAddresses(IServer front) : IServerAddressesFeature
    {
        public ICollection<string> Addresses => Array.AsReadOnly([.. front.Features.Get<IServerAddressesFeature>()?.Addresses ?? []]);

        public bool PreferHostingUrls { get; set; }
    }

    /// <summary>Starts a built host (its database migrated, its plugins, jobs and outbox started), then routes its requests to it.</summary>
    public async Task StartAsync(Tenant tenant, CrmApplication host, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await host.StartAsync(ct);
        lock (gate)
            served[tenant.Name] = (tenant, host);
        Publish();
        logger.LogInformation("Tenant {Tenant} started in {Milliseconds} ms", tenant.Name, clock.ElapsedMilliseconds);
    }

    /// <summary>Routes <paramref name="tenant"/>'s host names (changed in <c>tenants.json</c>) to its running host.</summary>
    public void Reroute(Tenant tenant)
    {
        lock (gate)
            served[tenant.Name] = (tenant, served[tenant.Name].Host);
        Publish();
        logger.LogInformation("Tenant {Tenant} is now served as {Hosts}", tenant.Name, tenant.Hosts.Count == 0 ? "(no host name)" : string.Join(", ", tenant.Hosts));
    }

    /// <summary>Takes a tenant out of the router, then stops its host (what it is running finishes) and lets it go.</summary>
    public async Task StopAsync(string name, CancellationToken ct)
    {
        CrmApplication host;
        lock (gate)
        {
            host = served[name].Host;
            served.Remove(name);
        }
        Publish();
        try
        {
            await host.App.StopAsync(ct);
        }
        finally
        {
            await host.DisposeAsync();
        }
        logger.LogInformation("Tenant {Tenant} stopped", name);
    }

    /// <summary>Stops every tenant's host, for the server's own stop: the router is already closed.</summary>
    public async Task StopAllAsync(CancellationToken ct)
    {
        foreach (var host in Hosts.Values)
            await host.App.StopAsync(ct);
    }

    public async Task DisposeAllAsync()
    {
        foreach (var host in Hosts.Values)
            await host.DisposeAsync();
        lock (gate)
            served.Clear();
    }

    private void Publish()
    {
        lock (gate)
            router.Route([.. served.Values.Select(s => (s.Tenant, s.Host.Services.GetRequiredService<TenantServer>()))]);
    }
}
