using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Plugins;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.Host.Hosting.CommandLine;

/// <summary>
/// <c>crm &lt;word&gt; ...</c> where the word is not a host command: the host loads the plugins and hands the rest of
/// the line to the enabled plugin whose <see cref="IPluginCommand"/> has that name. The plugin parses its own words.
/// </summary>
public sealed class PluginCommands(ICommandHost host)
{
    /// <summary>
    /// The global options (wherever they stand), the plugin command's name and its words; null when the line is for a
    /// host command, or has no command word (help, version).
    /// </summary>
    public static (string[] GlobalArguments, string Name, string[] Arguments)? Route(RootCommand root, string[] args)
    {
        var hostWords = root.Subcommands.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        // Only the options that take a value (--data-dir, --plugins-dir, --tenant): the word after a flag such as --help is not the flag's.
        var globals = root.Options.Where(o => o.Arity.MaximumNumberOfValues > 0).SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);
        var (globalArguments, rest) = (new List<string>(), new List<string>());
        string? name = null;
        for (var i = 0; i < args.Length; i++)
        {
            var word = args[i];
            if (globals.Contains(word.Split('=')[0]))
            {
                globalArguments.Add(word);
                if (!word.Contains('=') && i + 1 < args.Length)
                    globalArguments.Add(args[++i]);
            }
            else if (name is null && !word.StartsWith('-'))
                name = word;
            else if (name is not null)
                rest.Add(word);
            else
                return null; // an option before any command word: the host's parser knows what to do with it
        }
        return name is null || hostWords.Contains(name) ? null : (globalArguments.ToArray(), name, rest.ToArray());
    }

    public Task<int> RunAsync(string[] globalArguments, string name, string[] arguments, CancellationToken ct)
    {
        // Only the global options: the root itself would ask for one of its subcommands.
        var parse = new RootCommand { GlobalOptions.DataDir, GlobalOptions.PluginsDir, GlobalOptions.Tenant }.Parse(globalArguments);
        if (parse.Errors.Count > 0)
            throw new CliException($"{parse.Errors[0].Message} (see 'crm --help')", exitCode: 2);
        return host.RunAsync(parse, ct, async services =>
        {
            var switches = services.GetRequiredService<ModuleSwitches>();
            var disabled = await switches.DisabledIdsAsync(ct);
            var commands = Offered(services.GetRequiredService<PluginCatalog>())
                .Select(c => (c.Entry, Command: (IPluginCommand)services.GetRequiredService(c.Type)))
                .ToList();
            var matches = commands.Where(c => c.Command.Name == name).ToList();
            if (matches.Count == 0)
            {
                var known = commands.Where(c => switches.IsEnabled(c.Entry, disabled)).Select(c => c.Command.Name).Order().ToList();
                throw new CliException($"'{name}' is not a command{(known.Count > 0 ? $"; plugins add: {string.Join(", ", known)}" : "")} (see 'crm --help')", exitCode: 2);
            }
            if (matches.Count > 1)
                throw new CliException($"'{name}' is a command of several plugins ({string.Join(", ", matches.Select(m => m.Entry.Id))}); disable all but one");
            var (entry, command) = matches[0];
            if (!switches.IsEnabled(entry, disabled))
                throw new CliException($"'{name}' belongs to the module {entry.Id}, which is disabled; enable it with 'crm plugins enable {entry.Id}'");
            try
            {
                return await command.RunAsync(new PluginCommandContext(arguments, Console.Out, Console.Error), ct);
            }
            catch (Exception ex) when (ExitCodeOf(ex) is { } exit)
            {
                throw new CliException(ex.Message, exit);
            }
        });
    }

    /// <summary>
    /// The exit code of a command's refusal, printed as one line: its own (<see cref="PluginCommandException"/>), or the
    /// SDK's refusals as every plugin's endpoints answer them: bad input 2, any other refusal 1; null for a failure.
    /// </summary>
    public static int? ExitCodeOf(Exception exception) => exception switch
    {
        PluginCommandException command => command.ExitCode,
        Sdk.Records.RecordValidationException => 2,
        Sdk.Records.RecordNotFoundException or Sdk.Records.RecordConflictException or Sdk.Access.RecordAccessDeniedException
            or Sdk.Pipeline.PipelineValidationException => 1,
        _ => null,
    };

    /// <summary>Every command type the loaded plugins registered, with its plugin.</summary>
    public static IEnumerable<(PluginEntry Entry, Type Type)> Offered(PluginCatalog catalog) =>
        catalog.Loaded.SelectMany(entry => entry.Contributions.Commands.Select(type => (entry, type)));
}
