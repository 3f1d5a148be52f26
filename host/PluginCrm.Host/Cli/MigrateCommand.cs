using System.CommandLine;

namespace PluginCrm.Host.Cli;

/// <summary><c>crm migrate</c>: brings the database (host and plugin tables) up to date, then exits.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the database, including every loaded plugin's tables");
        command.SetAction((parse, ct) =>
        {
            var start = GlobalOptions.StartOptions(parse, commandLine: true);
            start.Settings["Database:MigrateOnStart"] = "true";
            return GlobalOptions.WithHostAsync(start, ct, app =>
            {
                Console.WriteLine($"database at {Path.Combine(app.Options.DataDirectory, "crm.db")} is up to date");
                return Task.FromResult(0);
            });
        });
        return command;
    }
}
