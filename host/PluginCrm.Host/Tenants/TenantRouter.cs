namespace PluginCrm.Host.Tenants;

/// <summary>
/// The front's one middleware: it picks the request's tenant and hands the request to that tenant's host. The host name
/// decides first, since it is what a browser keeps its cookies by (a session cookie is one tenant's) and what a
/// certificate names; <see cref="Header"/> names the tenant where the host name is not a tenant's (an API client calling
/// one address for all). A header naming another tenant than the host name is refused rather than followed, so a request
/// never reaches a tenant other than the one its host name says.
/// </summary>
public sealed class TenantRouter
{
    public const string Header = "X-Crm-Tenant";

    // Replaced whole when the tenants change (ServedTenants), so a request reads one consistent set without a lock.
    private volatile Routes routes = new(new Dictionary<string, string>(), new Dictionary<string, TenantServer>());

    /// <summary>Routes requests to <paramref name="tenants"/> from now on, and to no other.</summary>
    public void Route(IReadOnlyList<(Tenant Tenant, TenantServer Server)> tenants) => routes = new Routes(
        tenants.SelectMany(t => t.Tenant.Hosts.Select(h => (Host: h, t.Tenant.Name))).ToDictionary(p => p.Host, p => p.Name, StringComparer.OrdinalIgnoreCase),
        tenants.ToDictionary(t => t.Tenant.Name, t => t.Server, StringComparer.Ordinal));

    public Task InvokeAsync(HttpContext context)
    {
        var (byHost, servers) = routes;
        var host = context.Request.Host.Host.TrimEnd('.');
        var fromHost = byHost.GetValueOrDefault(host);
        var named = context.Request.Headers[Header].ToString().Trim();
        if (fromHost is not null && named.Length > 0 && named != fromHost)
            return Refuse(context, 400, "Wrong tenant", $"the host name {host} is tenant {fromHost}'s, and the {Header} header names '{named}'");
        var name = fromHost ?? (named.Length > 0 ? named : null);
        if (name is null)
            return Refuse(context, 400, "No tenant", $"this server serves several companies: call it by a tenant's host name or name the tenant in the {Header} header");
        if (!servers.TryGetValue(name, out var server))
            return Refuse(context, 404, "No such tenant", $"there is no tenant '{name}'");
        if (!server.IsServing)
            return Refuse(context, 503, "Unavailable", $"tenant {name} is starting or stopping; try again");
        return server.HandleAsync(context);
    }

    private static Task Refuse(HttpContext context, int status, string title, string detail) =>
        Results.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);

    private sealed record Routes(IReadOnlyDictionary<string, string> ByHost, IReadOnlyDictionary<string, TenantServer> Servers);
}
