using System.CommandLine;
using PluginCrm.Host.Hosting;

namespace PluginCrm.Host.Cli;

/// <summary><c>crm serve</c>: runs the HTTP server until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, ';'-separated (default http://127.0.0.1:5080)" };
        var command = new Command("serve", "Start the CRM server (creates and migrates the database on first start)") { urls };
        command.SetAction(async (parse, ct) =>
        {
            var start = GlobalOptions.StartOptions(parse, commandLine: false);
            if (parse.GetValue(urls) is { } given)
                start.Settings["Urls"] = given;
            await using var app = CrmApplication.Build(start);
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }
}
