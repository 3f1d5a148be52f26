using MimeKit;

namespace PluginCrm.Host.Notifications.Mail;

/// <summary>
/// Without SMTP: each message becomes an .eml file in the mail-drop folder, which any mail program opens. Written to a
/// temporary name and then renamed, so nobody opens half a file; a repeated delivery replaces the same file.
/// </summary>
public sealed class MailDropSender(string folder) : IMailSender
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var name = message.Headers[MailMessages.NotificationHeader] is { Length: > 0 } id ? $"notification-{id}.eml" : $"{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder, name);
        var partial = path + ".partial";
        message.Prepare(EncodingConstraint.SevenBit); // base64 or quoted-printable bodies: any mail program opens the file
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        return path;
    }
}
