using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Host.Demo;
using PluginCrm.Host.Hosting;
using PluginCrm.Host.Imports;

namespace PluginCrm.Host.Cli;

/// <summary><c>crm demo DIR</c>: loads the demo data into the CRM, once, and prints how to sign in.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "The Maven CRM data set (../shared/data/maven-crm)" };
        var command = new Command("demo", "Load demo data (the Maven CRM data set) and demo logins into an empty CRM") { folder };
        command.SetAction((parse, ct) => GlobalOptions.WithHostAsync(GlobalOptions.StartOptions(parse, commandLine: true), ct, async app =>
        {
            await LoadAsync(app, parse.GetValue(folder)!, ct);
            return 0;
        }));
        return command;
    }

    public static async Task LoadAsync(CrmApplication app, string folder, CancellationToken ct)
    {
        bool loaded;
        try
        {
            loaded = await ConsoleProgress.RunAsync(progress => app.Services.GetRequiredService<DemoLoader>().LoadAsync(Path.GetFullPath(folder), progress, ct));
        }
        catch (ImportFileException ex)
        {
            throw new CliException(ex.Message);
        }
        await Console.Error.WriteLineAsync(loaded ? "demo data loaded." : "demo data already there.");
        await Console.Error.WriteLineAsync($"sign in with POST /api/auth/sign-in as {DemoLoader.Admin} (admin), {DemoLoader.Manager} (manager) or {DemoLoader.Rep} (rep), password '{DemoLoader.Password}'; change it before real use.");
    }
}
