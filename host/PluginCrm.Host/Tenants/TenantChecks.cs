using PluginCrm.Host.Cli;
using PluginCrm.Host.Data.Providers;

namespace PluginCrm.Host.Tenants;

/// <summary>What <c>crm tenants add</c> refuses, each as one line: a bad or taken name, a bad or taken host name, a database that is not one or is another tenant's.</summary>
internal static class TenantChecks
{
    public static Tenant New(TenantRegistry registry, string name, IReadOnlyList<string> hostNames, string? database)
    {
        if (TenantNames.ProblemWithName(name) is { } problem)
            throw new CliException(problem, exitCode: 2);
        var tenants = registry.Read();
        if (tenants.Any(t => t.Name == name))
            throw new CliException($"there is a tenant '{name}' already");
        var hosts = new List<string>();
        foreach (var text in hostNames)
        {
            var host = TenantNames.Host(text, out var wrong) ?? throw new CliException($"--host {wrong}", exitCode: 2);
            if (tenants.FirstOrDefault(t => t.Hosts.Contains(host)) is { } other)
                throw new CliException($"the host name {host} is tenant {other.Name}'s already");
            if (!hosts.Contains(host))
                hosts.Add(host);
        }
        var tenant = new Tenant(name, hosts, Normalized(database));
        var location = tenant.Location(registry.DataDirectory);
        if (tenants.FirstOrDefault(t => t.Location(registry.DataDirectory) == location) is { } sharing)
            throw new CliException($"{location} is tenant {sharing.Name}'s database already: a tenant's data is its own");
        return tenant;
    }

    // A SQLite folder as a full path, so that the file means the same folder whichever directory a later command runs in.
    private static string? Normalized(string? database)
    {
        if (database is null)
            return null;
        var address = DatabaseAddress.Parse(database, out var problem) ?? throw new CliException($"--database {problem}", exitCode: 2);
        return address.Settings.TryGetValue("DataDir", out var folder) ? $"sqlite:{folder}" : database;
    }
}
