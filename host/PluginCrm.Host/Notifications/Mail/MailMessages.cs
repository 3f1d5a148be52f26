using MimeKit;

namespace PluginCrm.Host.Notifications.Mail;

/// <summary>Builds the e-mail for a notification: plain UTF-8 text, with headers naming the notification and template version.</summary>
public static class MailMessages
{
    public const string NotificationHeader = "X-PluginCrm-Notification";
    public const string TemplateHeader = "X-PluginCrm-Template";

    public static MimeMessage Build(NotificationRow row, string from, string toName, string toAddress, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = row.Subject, Date = now, Body = new TextPart("plain") { Text = row.Body } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Headers.Add(NotificationHeader, row.Id.ToString());
        message.Headers.Add(TemplateHeader, $"{row.TemplateKey} v{row.TemplateVersion}");
        return message;
    }
}
