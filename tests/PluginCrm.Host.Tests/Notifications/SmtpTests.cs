using System.Net;
using System.Net.Sockets;
using MimeKit;
using PluginCrm.Host.Data;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Notifications;
using PluginCrm.Sdk.Testing;

namespace PluginCrm.Host.Tests.Notifications;

/// <summary>E-mail through SMTP (MailKit) when Mail:Smtp:Host is configured.</summary>
public sealed class SmtpTests
{
    private const string Welcome = "Subject: Welcome, {{ customer.name }}\n\nThank you for your order.";

    private static Dictionary<string, string> Smtp(int port) => new()
    {
        ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:Port"] = port.ToString(), ["Mail:Smtp:Security"] = "none",
        ["Mail:Smtp:TimeoutSeconds"] = "5", ["Mail:From"] = "Care Team <care@example.com>",
    };

    private static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    [Fact]
    public async Task A_message_goes_to_the_smtp_server_from_the_configured_sender()
    {
        await using var server = new TinySmtpServer();
        await using var fixture = await NotificationFixture.StartAsync(Smtp(server.Port));
        await fixture.SaveTemplateAsync("fixture.welcome", Welcome);
        await fixture.CreateCustomerAsync("Ada Lovelace", "ada@example.com", consent: true);

        Assert.Equal(1, await fixture.Host.DeliverOutboxAsync());

        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(server.Messages))));
        Assert.Equal(("Welcome, Ada Lovelace", "care@example.com", "ada@example.com"),
            (message.Subject, message.From.Mailboxes.Single().Address, message.To.Mailboxes.Single().Address));
        Assert.Equal("Thank you for your order.", message.TextBody!.TrimEnd());
        Assert.Equal($"smtp://127.0.0.1:{server.Port}", Assert.Single(await fixture.LogAsync()).DeliveredTo);
        Assert.Empty(fixture.MailDropFiles());
    }

    [Fact]
    public async Task An_unreachable_smtp_server_is_retried_with_back_off_and_the_message_is_not_lost()
    {
        var port = ClosedPort();
        await using var fixture = await NotificationFixture.StartAsync(Smtp(port));
        await fixture.SaveTemplateAsync("fixture.welcome", Welcome);
        await fixture.CreateCustomerAsync("Ada Lovelace", "ada@example.com", consent: true);
        var start = fixture.Host.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(0, await fixture.Host.DeliverOutboxAsync());
        var failed = Assert.Single(await fixture.LogAsync());
        Assert.Equal((NotificationStatus.Failed, 1, start.AddSeconds(2)), (failed.Status, failed.Attempts, failed.NextAttemptUtc)); // back-off 2^1 s
        Assert.False(string.IsNullOrEmpty(failed.Reason));

        Assert.Equal(0, await fixture.Host.DeliverOutboxAsync()); // not due yet: no attempt
        Assert.Equal(1, Assert.Single(await fixture.LogAsync()).Attempts);
        fixture.Host.Clock.Advance(TimeSpan.FromSeconds(2));
        await fixture.Host.DeliverOutboxAsync();
        var again = Assert.Single(await fixture.LogAsync());
        Assert.Equal((NotificationStatus.Failed, 2, start.AddSeconds(2 + 4)), (again.Status, again.Attempts, again.NextAttemptUtc));

        // The server comes back (after a restart): the same message goes out, once.
        await using var server = new TinySmtpServer();
        await fixture.RestartAsync(Smtp(server.Port), new ManualClock(new DateTimeOffset(start.AddMinutes(1), TimeSpan.Zero)));
        Assert.Equal(1, await fixture.Host.DeliverOutboxAsync());
        Assert.Single(server.Messages);
        var sent = Assert.Single(await fixture.LogAsync());
        Assert.Equal((NotificationStatus.Sent, 3), (sent.Status, sent.Attempts));
    }

    [Fact]
    public async Task Bad_mail_settings_stop_the_host_with_one_message_naming_each()
    {
        var error = await Assert.ThrowsAsync<StartupException>(() => CrmTestHost.StartAsync(o =>
        {
            o.Settings["Mail:From"] = "not an address";
            o.Settings["Mail:Smtp:Port"] = "0";
            o.Settings["Mail:Smtp:Security"] = "maybe";
            o.Settings["Mail:Smtp:User"] = "care";
        }));

        Assert.Contains("Mail:From: 'not an address' is not an e-mail address", error.Message);
        Assert.Contains("Mail:Smtp:Port must be between 1 and 65535", error.Message);
        Assert.Contains("Mail:Smtp:Security must be auto, none, starttls or ssl", error.Message);
        Assert.Contains("Mail:Smtp:Password is required when Mail:Smtp:User is set", error.Message);
    }
}
