using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Notifications.Mail;

/// <summary>E-mail to customers: through SMTP when <see cref="SmtpOptions.Host"/> is set, else as .eml files in a mail-drop folder.</summary>
public sealed class MailOptions
{
    /// <summary>The sender, e.g. <c>Care Team &lt;care@example.com&gt;</c>.</summary>
    [Required(ErrorMessage = "Mail:From is required")]
    public string From { get; set; } = "PluginCrm <crm@localhost>";

    /// <summary>Where .eml files go without SMTP; empty means <c>mail-drop</c> under the data folder.</summary>
    public string DropDir { get; set; } = "";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where .eml files are written when no SMTP server is configured.</summary>
    public string DropDirectory(string dataDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(DropDir) ? Path.Combine(dataDirectory, "mail-drop") : DropDir);
}

/// <summary>The SMTP server, sent to with MailKit.</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty: no SMTP, mail goes to the mail-drop folder.</summary>
    public string Host { get; set; } = "";

    [Range(1, 65_535, ErrorMessage = "Mail:Smtp:Port must be between 1 and 65535")]
    public int Port { get; set; } = 587;

    /// <summary><c>auto</c> (TLS when offered), <c>none</c>, <c>starttls</c> (required) or <c>ssl</c> (TLS on connect, port 465).</summary>
    [RegularExpression("(?i)^(auto|none|starttls|ssl)$", ErrorMessage = "Mail:Smtp:Security must be auto, none, starttls or ssl")]
    public string Security { get; set; } = "auto";

    /// <summary>The user to authenticate as; none: no authentication.</summary>
    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    [Range(1, 600, ErrorMessage = "Mail:Smtp:TimeoutSeconds must be between 1 and 600")]
    public int TimeoutSeconds { get; set; } = 30;
}
