using Microsoft.Extensions.Configuration;
using PluginCrm.Host.Data;
using PluginCrm.Host.Data.Providers;

namespace PluginCrm.Host.Tenants;

/// <summary>
/// One company served by a host that serves several: its name, the host names its requests come by, and its database
/// (<c>sqlite:PATH</c> or <c>postgres:CONNECTION-STRING</c> as <c>crm tenants add --database</c> took it; none means a
/// SQLite file in its own folder under the data folder, which moves with the data folder).
/// </summary>
public sealed record Tenant(string Name, IReadOnlyList<string> Hosts, string? Database = null)
{
    /// <summary>The tenant's own folder: its SQLite file when it has no other database, its logs and files in any case.</summary>
    public string Folder(string dataDirectory) => Path.Combine(dataDirectory, "tenants", Name);

    /// <summary>
    /// What a host of this tenant is configured with on top of the host's own configuration: its folder and its database.
    /// Set outright, so that a host whose own database is PostgreSQL still gives a tenant without one its SQLite file.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings(string dataDirectory)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["DataDir"] = Folder(dataDirectory), ["Database:Provider"] = "sqlite" };
        if (Database is null)
            return settings;
        var address = DatabaseAddress.Parse(Database, out var problem)
            ?? throw new StartupException($"tenant {Name}: its database {problem} (in {TenantRegistry.FileName})");
        foreach (var (key, value) in address.Settings)
            settings[key] = value;
        return settings;
    }

    /// <summary>The same name, host names (in order) and database.</summary>
    public bool Equals(Tenant? other) => other is not null && Name == other.Name && Database == other.Database && Hosts.SequenceEqual(other.Hosts);

    public override int GetHashCode() => HashCode.Combine(Name, Database, Hosts.Count);

    /// <summary>Where its data is, for people (never a password).</summary>
    public string Location(string dataDirectory)
    {
        var settings = Settings(dataDirectory);
        var options = new DatabaseOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Database").Bind(options);
        return new CrmDatabase(options, settings["DataDir"]!).Provider.Location;
    }
}
