using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access.Tables;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Data;
using PluginCrm.Host.Demo.Generated;
using PluginCrm.Host.Imports;

namespace PluginCrm.Host.Demo;

/// <summary>
/// <c>crm demo [DIR] [--seed N]</c> (and <c>crm demo generate</c>, <see cref="Scale.ScaleCommand"/>): generates the demo company (or, given a folder, loads the Maven CRM data set) once,
/// printing progress, and says how to sign in.
/// </summary>
public sealed class DemoCommand(ICommandHost host)
{
    public static Option<int> SeedOption() => new("--seed")
    {
        Description = $"The seed of the generated demo: the same seed and day give the same data (default {DemoGenerator.DefaultSeed})",
        DefaultValueFactory = _ => DemoGenerator.DefaultSeed,
    };

    public Command Create()
    {
        var folder = new Argument<string?>("DIR") { Description = "Load the Maven CRM data set from this folder instead of generating the demo", Arity = ArgumentArity.ZeroOrOne };
        var seed = SeedOption();
        var command = new Command("demo", "Generate the demo company (or load the Maven CRM data set) into an empty CRM, once") { folder, seed, new Scale.ScaleCommand(host).Create() };
        command.SetAction((parse, ct) => host.RunAsync(parse, ct, async services =>
        {
            await LoadAsync(services, parse.GetValue(folder), parse.GetValue(seed), ct);
            return 0;
        }));
        return command;
    }

    /// <summary>Generates the demo (no folder) or loads the Maven data set from <paramref name="folder"/>, then prints the accounts.</summary>
    public static async Task LoadAsync(IServiceProvider services, string? folder, int seed, CancellationToken ct)
    {
        if (folder is not null)
        {
            await LoadMavenAsync(services, folder, ct);
            return;
        }
        try
        {
            var outcome = await services.GetRequiredService<DemoGenerator>().GenerateAsync(seed, new LineProgress(), ct);
            if (outcome == DemoGenerator.Outcome.AlreadyThere)
                await Console.Error.WriteLineAsync("demo: already there (this database has the demo admin); left as it is.");
        }
        catch (DemoRefusedException ex)
        {
            throw new CliException(ex.Message);
        }
        await Console.Error.WriteLineAsync($"demo: {await SignInHintAsync(services, ct)}");
    }

    private static async Task LoadMavenAsync(IServiceProvider services, string folder, CancellationToken ct)
    {
        bool loaded;
        try
        {
            loaded = await ConsoleProgress.RunAsync(progress => services.GetRequiredService<DemoLoader>().LoadAsync(Path.GetFullPath(folder), progress, ct));
        }
        catch (ImportFileException ex)
        {
            throw new CliException(ex.Message);
        }
        await Console.Error.WriteLineAsync(loaded ? "demo data loaded." : "demo data already there.");
        await Console.Error.WriteLineAsync(await SignInHintAsync(services, ct));
    }

    /// <summary>Who may sign in with the demo password, for the demo this database holds; null without one.</summary>
    public static async Task<string?> SignInHintAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<CrmDbContext>().Users;
        if (await users.AnyAsync(u => u.Email == DemoStaff.Manager, ct))
            return $"sign in in a browser (or with POST /api/auth/sign-in) as {DemoStaff.Admin} (admin), {DemoStaff.Manager} or {DemoStaff.EnglishManager} (managers), " +
                   $"{DemoStaff.Rep} or {DemoStaff.EnglishRep} (reps), password '{DemoStaff.Password}'";
        if (await users.AnyAsync(u => u.Email == DemoLoader.Admin, ct))
            return $"sign in in a browser (or with POST /api/auth/sign-in) as {DemoLoader.Admin} (admin), {DemoLoader.Manager} (manager) or {DemoLoader.Rep} (rep), password '{DemoLoader.Password}'";
        return null;
    }

    // One line per step, as it finishes: readable in a terminal and in a log alike.
    internal sealed class LineProgress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine($"demo: {value}");
    }
}
