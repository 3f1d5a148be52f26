using System.CommandLine;
using Microsoft.Extensions.Options;
using PluginCrm.Host.Data;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary><c>crm migrate</c>: brings the database (host and plugin tables) up to date, then exits.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the database, including every loaded plugin's tables");
        command.SetAction((parse, ct) =>
        {
            var start = CommandHost.OneDatabase(parse);
            start.Settings["Database:MigrateOnStart"] = "true";
            return CommandHost.RunAsync(start, ct, services =>
            {
                Console.WriteLine($"{services.GetRequiredService<CrmDatabase>().Provider.Location} is up to date");
                return Task.FromResult(0);
            });
        });
        return command;
    }
}
