using PluginCrm.Host.Tenants;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// <c>crm serve</c> for a data folder with tenants: one listener (the front) and, behind it, a <see cref="CrmApplication"/>
/// per tenant, built from the host's configuration plus the tenant's folder and database, on a <see cref="TenantServer"/>
/// instead of a listener. Each tenant's host is a container of its own, so what is kept per database (its connection, caches,
/// module switches, templates, job scheduler, outbox loop, sessions, rate limits) is the tenant's by construction, not by a
/// tenant id each of them would have to remember. Every tenant in <c>tenants.json</c> starts with the server, not on its first
/// request: its jobs and its outbox must run whether anyone calls it or not, and a tenant that cannot start stops the server
/// at once. While the server runs, <see cref="TenantsFollower"/> starts and stops tenants as the file changes.
/// </summary>
public sealed class CrmTenantsApplication : IAsyncDisposable
{
    private readonly WebApplication front;
    private readonly ServedTenants served;
    private readonly IReadOnlyList<(Tenant Tenant, CrmApplication Host)> initial;
    private int started;

    private CrmTenantsApplication(WebApplication front, IReadOnlyList<(Tenant, CrmApplication)> initial)
    {
        (this.front, this.initial) = (front, initial);
        served = front.Services.GetRequiredService<ServedTenants>();
    }

    /// <summary>Each tenant's host, by name, as served now.</summary>
    public IReadOnlyDictionary<string, CrmApplication> Tenants => served.Hosts;

    public WebApplication Front => front;

    /// <summary>The first address the front listens on, once started.</summary>
    public Uri BaseAddress => new(front.Urls.First());

    public static CrmTenantsApplication Build(CrmStartOptions start, IReadOnlyList<Tenant> tenants)
    {
        var (builder, options, _) = CrmWebBuilder.Create(start);
        builder.Services.AddProblemDetails();
        builder.Services.AddOptions<TenantOptions>().Bind(builder.Configuration.GetSection("Tenants")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TenantRouter>()
            .AddSingleton(new TenantRegistry(options.DataDirectory))
            .AddSingleton(sp => ActivatorUtilities.CreateInstance<ServedTenants>(sp, start, options.DataDirectory))
            .AddHostedService<TenantsFollower>();
        var front = builder.Build();
        var served = front.Services.GetRequiredService<ServedTenants>();
        var hosts = new List<(Tenant, CrmApplication)>();
        try
        {
            foreach (var tenant in tenants)
                hosts.Add((tenant, served.Build(tenant)));
        }
        catch
        {
            foreach (var (_, built) in hosts)
                built.DisposeAsync().AsTask().GetAwaiter().GetResult();
            front.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
        front.UseTenantRouting(front.Services.GetRequiredService<TenantRouter>());
        return new CrmTenantsApplication(front, hosts);
    }

    /// <summary>Starts every tenant's host (database, plugins, jobs, outbox), then the listener; returns once it listens.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (tenant, host) in initial)
        {
            await served.StartAsync(tenant, host, cancellationToken);
            started++;
        }
        await front.StartAsync(cancellationToken);
    }

    /// <summary>Stops listening and following <c>tenants.json</c>, then each tenant's jobs and outbox, letting what runs finish.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await front.StopAsync(cancellationToken);
        await served.StopAllAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await front.DisposeAsync();
        await served.DisposeAllAsync();
        // The hosts from the one that failed to start on were never served: they are let go here.
        foreach (var (_, host) in initial.Skip(started))
            await host.DisposeAsync();
    }
}
