using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PluginCrm.Host.Tests.Notifications;

/// <summary>
/// The smallest SMTP server MailKit will talk to (no TLS, no auth), on 127.0.0.1, keeping each message's DATA as text.
/// Not ours to test; it stands in for a mail server so the SMTP path runs for real.
/// </summary>
public sealed class TinySmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task serving;

    public TinySmtpServer()
    {
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;
    public List<string> Messages { get; } = [];

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 tiny ESMTP");
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 go ahead");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(stop.Token) is { } body && body != ".")
                        data.Append(body).Append("\r\n");
                    lock (Messages)
                        Messages.Add(data.ToString());
                }
                await writer.WriteLineAsync(verb switch
                {
                    "EHLO" => "250 tiny",
                    "QUIT" => "221 bye",
                    "DATA" => "250 queued",
                    _ => "250 ok",
                });
                if (verb == "QUIT")
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
