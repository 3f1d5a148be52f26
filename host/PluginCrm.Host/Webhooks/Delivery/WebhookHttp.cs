using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace PluginCrm.Host.Webhooks.Delivery;

/// <summary>
/// The HTTP client deliveries go out on. Addresses are checked when the connection is made, not only when the URL is
/// saved, so a name that later resolves to a private address (DNS rebinding) still reaches nothing; redirects are not
/// followed, for the same reason.
/// </summary>
public static class WebhookHttp
{
    public const string ClientName = "webhooks";

    public static void AddWebhookHttp(this IServiceCollection services)
    {
        services.AddHttpClient(ClientName, (sp, client) =>
            {
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("PluginCrm-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<WebhookOptions>>().Value;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, options.AllowPrivateNetworks, ct),
                };
            });
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = (await NetworkAddresses.ResolveAsync(endPoint.Host, ct)).Where(a => allowPrivate || !NetworkAddresses.IsPrivate(a)).ToArray();
        if (addresses.Length == 0)
            throw new WebhookAddressException($"{endPoint.Host} resolves only to loopback or private addresses, which webhooks may not reach (Webhooks:AllowPrivateNetworks)");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
