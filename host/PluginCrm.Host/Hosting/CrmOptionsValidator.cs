using System.ComponentModel.DataAnnotations;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Hosting;

/// <summary>Checks configuration before anything starts, so a typo gives one clear line instead of a stack trace.</summary>
public static class CrmOptionsValidator
{
    public static void Validate(CrmOptions options)
    {
        var errors = new List<string>();
        Check(options, "", errors);
        Check(options.Database, "Database:", errors);
        Check(options.Jobs, "Jobs:", errors);
        Check(options.Access, "Access:", errors);
        Check(options.Mail, "Mail:", errors);
        Check(options.Mail.Smtp, "Mail:Smtp:", errors);
        Check(options.Tasks, "Tasks:", errors);
        Check(options.Lifecycle, "Lifecycle:", errors);
        Check(options.Records, "Records:", errors);
        Check(options.Webhooks, "Webhooks:", errors);
        if (!MimeKit.MailboxAddress.TryParse(options.Mail.From, out _))
            errors.Add($"Mail:From: '{options.Mail.From}' is not an e-mail address such as 'Care Team <care@example.com>'");
        if (options.Mail.Smtp.User.Length > 0 && options.Mail.Smtp.Password.Length == 0)
            errors.Add("Mail:Smtp:Password is required when Mail:Smtp:User is set");
        if (options.Mail.Smtp.Host.Length == 0 && options.Mail.Smtp.User.Length > 0)
            errors.Add("Mail:Smtp:Host is required when Mail:Smtp:User is set");
        foreach (var url in options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                errors.Add($"Urls: '{url}' is not an http(s) URL such as http://127.0.0.1:5080");
        }
        if (options.PublicUrl.Length > 0 && !(Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var publicUri) && publicUri.Scheme is "http" or "https"))
            errors.Add($"PublicUrl: '{options.PublicUrl}' is not an http(s) URL such as https://crm.example.com");
        if (!Directory.Exists(options.PluginsDirectory))
            errors.Add($"PluginsDir: the folder '{options.PluginsDirectory}' does not exist");
        if (File.Exists(options.DataDirectory))
            errors.Add($"DataDir: '{options.DataDirectory}' is a file, not a folder");
        if (errors.Count > 0)
            throw new StartupException($"invalid configuration: {string.Join("; ", errors)}");
    }

    private static void Check(object section, string prefix, List<string> errors)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true))
            errors.AddRange(results.Select(r => r.ErrorMessage!.Contains(':') ? r.ErrorMessage : $"{prefix}{r.ErrorMessage}"));
    }
}
