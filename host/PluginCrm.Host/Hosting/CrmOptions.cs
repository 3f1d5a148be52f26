using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Hosting;

/// <summary>The host's configuration: appsettings.json, then CRM_* environment variables, then command-line switches.</summary>
public sealed class CrmOptions
{
    /// <summary>Where the database, logs and files live; relative paths are from the working directory.</summary>
    [Required]
    public string DataDir { get; set; } = "data";

    /// <summary>Where plugins are found; empty means the <c>plugins</c> folder beside the host's assembly.</summary>
    public string PluginsDir { get; set; } = "";

    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    public DatabaseOptions Database { get; set; } = new();

    public JobOptions Jobs { get; set; } = new();

    public string DataDirectory => Path.GetFullPath(DataDir);

    public string PluginsDirectory => Path.GetFullPath(string.IsNullOrWhiteSpace(PluginsDir) ? Path.Combine(AppContext.BaseDirectory, "plugins") : PluginsDir);
}

public sealed class DatabaseOptions
{
    /// <summary>Only <c>sqlite</c> in this release; the migrations are provider-neutral so PostgreSQL can follow.</summary>
    [RegularExpression("^sqlite$", ErrorMessage = "Database:Provider must be 'sqlite' (PostgreSQL is not wired up yet)")]
    public string Provider { get; set; } = "sqlite";

    [Range(0, 600_000)]
    public int BusyTimeoutMs { get; set; } = 5_000;

    /// <summary>Apply pending migrations at start; when false, start refuses a database that is behind.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public sealed class JobOptions
{
    /// <summary>How often the scheduler looks for due jobs; 0 turns the scheduler off (jobs can still be run by hand).</summary>
    [Range(0, 86_400)]
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long a claimed run is held before another process may take it over, should the first die.</summary>
    [Range(1, 1_440)]
    public int LeaseMinutes { get; set; } = 10;
}
