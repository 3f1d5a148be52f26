using System.CommandLine;
using PluginCrm.Host.Demo;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary><c>crm serve</c>: runs the HTTP server until Ctrl+C; with <c>--demo</c>, generates or loads the demo first.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, ';'-separated (default http://127.0.0.1:5080)" };
        var demo = new Option<string?>("--demo")
        {
            Description = "Before serving, generate the demo company once (or, given a folder, load the Maven CRM data set from it)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var seed = DemoCommand.SeedOption();
        var command = new Command("serve", "Start the CRM server (creates and migrates the database on first start)") { urls, demo, seed };
        command.SetAction(async (parse, ct) =>
        {
            var start = CommandHost.StartOptions(parse, commandLine: false, new StartupPhases());
            if (parse.GetValue(urls) is { } given)
                start.Settings["Urls"] = given;
            await using var app = CrmApplication.Build(start);
            if (parse.GetResult(demo) is not null)
            {
                await app.InitializeAsync(ct);
                await DemoCommand.LoadAsync(app.Services, parse.GetValue(demo), parse.GetValue(seed), ct);
            }
            await app.StartAsync(ct);
            var hint = await DemoCommand.SignInHintAsync(app.Services, ct);
            await Console.Error.WriteLineAsync($"crm: ready on {string.Join(", ", app.App.Urls)}{(hint is null ? "" : $"; {hint}")}");
            await app.App.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
