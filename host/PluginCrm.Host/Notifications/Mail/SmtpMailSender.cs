using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace PluginCrm.Host.Notifications.Mail;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per message (deliveries are few and retried).</summary>
public sealed class SmtpMailSender(SmtpOptions smtp) : IMailSender
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, Security(smtp.Security), cancellationToken);
        if (smtp.User.Length > 0)
            await client.AuthenticateAsync(smtp.User, smtp.Password, cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return $"smtp://{smtp.Host}:{smtp.Port}";
    }

    private static SecureSocketOptions Security(string name) => name.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
