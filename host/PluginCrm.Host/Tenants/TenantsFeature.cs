using System.CommandLine;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.Tenants;

/// <summary>
/// Several companies in one host process, each its own host (container, database, module switches, jobs, outbox, sessions)
/// behind one listener that hands each request to its tenant: the registry, <c>crm tenants</c>, the router and the server
/// a tenant's host runs on instead of its own listener.
/// </summary>
public static class TenantsFeature
{
    public static IEnumerable<Command> Commands(ICommandHost host) => [new TenantsCommand(host).Create()];

    /// <summary>
    /// A tenant's host: served by the front's router instead of a listener of its own, stopped by the front, and protecting what it hands out
    /// (antiforgery tokens) under its own name, so that one tenant's cannot be read by another's in the same process.
    /// </summary>
    public static void AddTenantHost(this IServiceCollection services, Tenant tenant)
    {
        services.AddSingleton(tenant);
        services.AddSingleton<TenantServer>().AddSingleton<IServer>(sp => sp.GetRequiredService<TenantServer>());
        services.AddSingleton<IHostLifetime, TenantLifetime>();
        services.AddDataProtection().SetApplicationName($"PluginCrm tenant {tenant.Name}");
    }

    /// <summary>The front: every request to its tenant's host, or a problem saying why none.</summary>
    public static void UseTenantRouting(this WebApplication front, TenantRouter router) => front.Run(router.InvokeAsync);
}
