using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Data;

public sealed class DatabaseOptions
{
    /// <summary>Only <c>sqlite</c> in this release; the migrations are provider-neutral so PostgreSQL can follow.</summary>
    [RegularExpression("^sqlite$", ErrorMessage = "Database:Provider must be 'sqlite' (PostgreSQL is not wired up yet)")]
    public string Provider { get; set; } = "sqlite";

    [Range(0, 600_000, ErrorMessage = "Database:BusyTimeoutMs must be between 0 and 600000")]
    public int BusyTimeoutMs { get; set; } = 5_000;

    /// <summary>Apply pending migrations at start; when false, start refuses a database that is behind.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
