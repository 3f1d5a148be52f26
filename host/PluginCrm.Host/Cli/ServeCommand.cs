using System.CommandLine;
using PluginCrm.Host.Hosting;

namespace PluginCrm.Host.Cli;

/// <summary><c>crm serve</c>: runs the HTTP server until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, ';'-separated (default http://127.0.0.1:5080)" };
        var demo = new Option<string?>("--demo")
        {
            Description = "Before serving, load the Maven CRM demo data from this folder (once) and create demo logins",
            Arity = ArgumentArity.ExactlyOne,
        };
        var command = new Command("serve", "Start the CRM server (creates and migrates the database on first start)") { urls, demo };
        command.SetAction(async (parse, ct) =>
        {
            var start = GlobalOptions.StartOptions(parse, commandLine: false);
            if (parse.GetValue(urls) is { } given)
                start.Settings["Urls"] = given;
            await using var app = CrmApplication.Build(start);
            if (parse.GetValue(demo) is { } folder)
            {
                await app.InitializeAsync(ct);
                await DemoCommand.LoadAsync(app, folder, ct);
            }
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
