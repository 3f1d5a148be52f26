using MimeKit;

namespace PluginCrm.Host.Notifications.Mail;

/// <summary>Hands an e-mail on; returns where it went (the SMTP server, or the .eml file) for the send log.</summary>
public interface IMailSender
{
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
