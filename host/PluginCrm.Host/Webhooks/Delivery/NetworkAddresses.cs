using System.Net;
using System.Net.Sockets;

namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>Addresses a webhook may not reach unless the host allows private networks: the host itself and the networks behind it.</summary>
public static class NetworkAddresses
{
    /// <summary>
    /// The addresses of <paramref name="host"/>. A name under <c>.invalid</c> never resolves (RFC 6761, 6.4): it is refused
    /// as a name that does not exist without asking the resolver, which may take seconds to say so.
    /// </summary>
    public static Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
        host.Equals("invalid", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase)
            ? Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound))
            : Dns.GetHostAddressesAsync(host, ct);

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and < 128, // carrier-grade NAT
            169 => b[1] == 254, // link-local, cloud metadata services
            172 => b[1] is >= 16 and < 32,
            192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
            >= 224 => true, // multicast and reserved
            _ => false,
        };
    }
}
