using System.CommandLine;
using System.Text.Json;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Data.Providers;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.Host.Tenants;

/// <summary>
/// <c>crm tenants add|list|remove</c>: the companies a host serves, in the data folder's <c>tenants.json</c>. Nothing here
/// opens a database: a tenant's is created and migrated by its first host (<c>crm serve</c>, or any command with
/// <c>--tenant</c>), and removing a tenant leaves its database where it is.
/// </summary>
public sealed class TenantsCommand(ICommandHost host)
{
    public Command Create()
    {
        var command = new Command("tenants", "The companies this data folder serves, each with its own database and modules (none: one company, as before)");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private Command Add()
    {
        var name = new Argument<string>("name") { Description = "Lowercase letters, digits and dashes: its folder, its X-Crm-Tenant header and its --tenant" };
        var hosts = new Option<string[]>("--host") { Description = "A host name its requests come by (repeat for more)" };
        var database = new Option<string?>("--database") { Description = $"Its database, {DatabaseAddress.Forms} (default: a SQLite file in <data>/tenants/<name>/)" };
        var command = new Command("add", "Register a tenant; a running 'crm serve' starts serving it within seconds") { name, hosts, database };
        command.SetAction(parse =>
        {
            var registry = Registry(parse);
            var tenant = TenantChecks.New(registry, parse.GetValue(name)!, parse.GetValue(hosts) ?? [], parse.GetValue(database));
            registry.Write([.. registry.Read(), tenant]);
            var served = tenant.Hosts.Count == 0 ? "no host name yet (X-Crm-Tenant only)" : $"host {string.Join(", ", tenant.Hosts)}";
            Console.WriteLine($"tenant {tenant.Name} added: its database is {tenant.Location(registry.DataDirectory)}; {served}; a running 'crm serve' starts serving it within seconds");
            return 0;
        });
        return command;
    }

    private Command List()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {name, hosts, database}" };
        var command = new Command("list", "Every tenant: its name, host names and where its database is") { json };
        command.SetAction(parse =>
        {
            var registry = Registry(parse);
            var rows = registry.Read().Select(t => new TenantRow(t.Name, t.Hosts, t.Location(registry.DataDirectory))).ToList();
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(rows, CommandJson.Options));
            else
                TextTable.Print(Console.Out, ["NAME", "HOSTS", "DATABASE"], rows.Select(r => new[] { r.Name, r.Hosts.Count == 0 ? "-" : string.Join(" ", r.Hosts), r.Database }));
            return 0;
        });
        return command;
    }

    private Command Remove()
    {
        var name = new Argument<string>("name") { Description = "The tenant, as in 'crm tenants list'" };
        var command = new Command("remove", "Stop serving a tenant (a running 'crm serve' stops within seconds); its database is kept, so adding it again brings it back") { name };
        command.SetAction(parse =>
        {
            var registry = Registry(parse);
            var tenants = registry.Read();
            var tenant = tenants.FirstOrDefault(t => t.Name == parse.GetValue(name))
                ?? throw new CliException($"there is no tenant '{parse.GetValue(name)}' (see 'crm tenants list')");
            registry.Write([.. tenants.Where(t => t != tenant)]);
            Console.WriteLine($"tenant {tenant.Name} removed: a running 'crm serve' stops serving it within seconds; its database {tenant.Location(registry.DataDirectory)} is kept (delete it yourself once it is not needed)");
            return 0;
        });
        return command;
    }

    // The registry belongs to the data folder itself: a tenant's own host has none.
    private TenantRegistry Registry(ParseResult parse)
    {
        if (parse.GetValue(GlobalOptions.Tenant) is not null)
            throw new CliException("'crm tenants' works on the data folder's list of tenants: leave out --tenant", exitCode: 2);
        return new TenantRegistry(host.Configuration(parse).DataDirectory);
    }

    private sealed record TenantRow(string Name, IReadOnlyList<string> Hosts, string Database);
}
