using System.CommandLine;

namespace PluginCrm.Host.Cli;

/// <summary>Switches every command takes; they override appsettings.json and CRM_* variables.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Folder of the database, logs and files (default ./data)",
        Recursive = true,
    };

    public static readonly Option<string?> PluginsDir = new("--plugins-dir")
    {
        Description = "Folder to load plugins from (default: the plugins folder beside the host)",
        Recursive = true,
    };

    public static readonly Option<string?> Tenant = new("--tenant")
    {
        Description = "The tenant (company) whose database the command works on, as in 'crm tenants list'",
        Recursive = true,
    };
}
