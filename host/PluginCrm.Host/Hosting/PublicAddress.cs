using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Tenants;
using PluginCrm.Sdk.Http;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// Where people outside reach this host (<see cref="ICrmPublicAddress"/>): <c>PublicUrl</c> when configured; otherwise the
/// server's first address (the one it bound, once it listens: a configured port 0 is a real port by then), with a
/// tenant's first host name, since a request reaches a tenant by its host name, or this machine's name for a wildcard.
/// </summary>
public sealed class PublicAddress(IOptions<CrmOptions> options, IServiceProvider services, Tenant? tenant = null) : ICrmPublicAddress
{
    public string BaseUrl => string.IsNullOrWhiteSpace(options.Value.PublicUrl) ? Listening() : options.Value.PublicUrl.Trim().TrimEnd('/');

    private string Listening()
    {
        var url = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? options.Value.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        return WithHost(url, tenant?.Hosts.FirstOrDefault());
    }

    /// <summary>Scheme, host and port of <paramref name="url"/>, the host replaced by <paramref name="hostName"/> when given.</summary>
    public static string WithHost(string url, string? hostName)
    {
        var scheme = url[..(url.IndexOf("://", StringComparison.Ordinal) + 3)];
        var authority = url[scheme.Length..].Split('/')[0];
        var portAt = authority.LastIndexOf(':');
        if (portAt < authority.LastIndexOf(']'))
            portAt = -1; // the colons of an IPv6 address, not a port
        var (host, port) = portAt < 0 ? (authority, "") : (authority[..portAt], authority[portAt..]);
        host = hostName ?? (host is "*" or "+" or "0.0.0.0" or "[::]" ? Dns.GetHostName() : host);
        return $"{scheme}{host}{port}";
    }
}
