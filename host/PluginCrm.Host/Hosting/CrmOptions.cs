using System.ComponentModel.DataAnnotations;
using PluginCrm.Host.Access;
using PluginCrm.Host.Data;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Notifications.Mail;
using PluginCrm.Host.Notifications.Reminders;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Lifecycle;
using PluginCrm.Host.Webhooks;

namespace PluginCrm.Host.Hosting;

/// <summary>The host's configuration: appsettings.json, the data folder's settings.json, CRM_* environment variables, then command-line switches.</summary>
public sealed class CrmOptions
{
    /// <summary>Where the database, logs and files live; relative paths are from the working directory.</summary>
    [Required]
    public string DataDir { get; set; } = "data";

    /// <summary>Where plugins are found; empty means the <c>plugins</c> folder beside the host's assembly.</summary>
    public string PluginsDir { get; set; } = "";

    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// Where people outside reach this host, for the links sent to them (surveys, courses, certificates): empty means the
    /// first of <see cref="Urls"/> (with a tenant's host name; this machine's name for a wildcard such as 0.0.0.0).
    /// </summary>
    public string PublicUrl { get; set; } = "";

    public DatabaseOptions Database { get; set; } = new();

    public JobOptions Jobs { get; set; } = new();

    public AccessOptions Access { get; set; } = new();

    public MailOptions Mail { get; set; } = new();

    public TaskOptions Tasks { get; set; } = new();

    public LifecycleOptions Lifecycle { get; set; } = new();

    public RecordsOptions Records { get; set; } = new();

    public PluginOptions Plugins { get; set; } = new();

    public WebhookOptions Webhooks { get; set; } = new();

    public string DataDirectory => Path.GetFullPath(DataDir);

    public string PluginsDirectory => Path.GetFullPath(string.IsNullOrWhiteSpace(PluginsDir) ? Path.Combine(AppContext.BaseDirectory, "plugins") : PluginsDir);
}
