using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Demo;
using PluginCrm.Host.Tenants;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary>
/// <c>crm serve</c>: runs the HTTP server until Ctrl+C; with <c>--demo</c>, generates or loads the demo first. A data folder
/// with tenants serves them all behind one listener (<see cref="CrmTenantsApplication"/>); <c>--tenant</c> serves one alone.
/// </summary>
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
            if (parse.GetValue(GlobalOptions.Tenant) is null && new TenantRegistry(CrmConfiguration.Load(start).DataDirectory).Read() is { Count: > 0 } tenants)
            {
                if (parse.GetResult(demo) is not null)
                    throw new CliException("--demo makes one company's demo: with tenants, run 'crm demo --tenant NAME' first", exitCode: 2);
                return await ServeAsync(start, tenants, ct);
            }
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

    private static async Task<int> ServeAsync(CrmStartOptions start, IReadOnlyList<Tenant> tenants, CancellationToken ct)
    {
        await using var app = CrmTenantsApplication.Build(start, tenants);
        await app.StartAsync(ct);
        var names = tenants.Select(t => t.Hosts.Count == 0 ? t.Name : $"{t.Name} ({string.Join(", ", t.Hosts)})");
        await Console.Error.WriteLineAsync($"crm: ready on {string.Join(", ", app.Front.Urls)} for the tenants {string.Join(", ", names)}");
        await app.Front.WaitForShutdownAsync(ct);
        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
