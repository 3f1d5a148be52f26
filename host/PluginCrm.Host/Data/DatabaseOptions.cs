using System.ComponentModel.DataAnnotations;

namespace PluginCrm.Host.Data;

public sealed class DatabaseOptions
{
    /// <summary><c>sqlite</c> (the embedded default: <c>crm.db</c> in the data folder) or <c>postgres</c> (with <see cref="ConnectionString"/>).</summary>
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Database:Provider must be 'sqlite' or 'postgres'")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>For PostgreSQL: an Npgsql connection string, e.g. <c>Host=db;Database=crm;Username=crm;Password=...</c>.</summary>
    public string ConnectionString { get; set; } = "";

    [Range(0, 600_000, ErrorMessage = "Database:BusyTimeoutMs must be between 0 and 600000")]
    public int BusyTimeoutMs { get; set; } = 5_000;

    /// <summary>Apply pending migrations at start; when false, start refuses a database that is behind.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
