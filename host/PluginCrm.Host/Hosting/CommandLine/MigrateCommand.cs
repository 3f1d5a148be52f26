using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary>
/// <c>crm migrate</c>: brings the database (host and plugin tables) up to date, then exits; in a data folder with tenants and
/// without <c>--tenant</c>, every tenant's in turn (what an upgrade with <c>Database:MigrateOnStart</c> off needs).
/// </summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the database, including every loaded plugin's tables (with tenants and no --tenant: every tenant's)");
        command.SetAction(async (parse, ct) =>
        {
            var start = CommandHost.StartOptions(parse, commandLine: true);
            var registry = CommandHost.Registry(start);
            var tenants = parse.GetValue(GlobalOptions.Tenant) is null ? registry.Read() : [];
            if (tenants.Count == 0)
                return await MigrateAsync(start, "", ct);
            foreach (var tenant in tenants)
                await MigrateAsync(start.With(tenant.Settings(registry.DataDirectory), _ => { }), $"tenant {tenant.Name}: ", ct);
            return 0;
        });
        return command;
    }

    private static Task<int> MigrateAsync(CrmStartOptions start, string prefix, CancellationToken ct)
    {
        start.Settings["Database:MigrateOnStart"] = "true";
        return CommandHost.RunAsync(start, ct, services =>
        {
            Console.WriteLine($"{prefix}{services.GetRequiredService<CrmDatabase>().Provider.Location} is up to date");
            return Task.FromResult(0);
        });
    }
}
