using System.CommandLine;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.Cli;

/// <summary>
/// How a feature's command reaches the CRM: the composition root builds a host from the command line's switches,
/// initializes it, opens one scope, runs the command's body in it and shuts the host down. Features write their
/// commands against this and never build a host themselves.
/// </summary>
public interface ICommandHost
{
    Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<IServiceProvider, Task<int>> body);

    /// <summary>The configuration the command line gives (folders and settings, checked), without building a host.</summary>
    CommandConfiguration Configuration(ParseResult parse);

    /// <summary>
    /// A host over the database <paramref name="settings"/> name (they win over the command line's), with the command line's
    /// plugins, built but not initialized: nothing migrated, no plugin started, no log file, so that a command sees a database
    /// as it is and decides what to do to it (<c>crm db copy</c>).
    /// </summary>
    OpenedHost Open(ParseResult parse, IReadOnlyDictionary<string, string?> settings);
}

/// <summary>
/// What a command runs against: the data and plugins folders as <c>--data-dir</c>, <c>--plugins-dir</c> and the
/// configuration give them, and the configuration itself for a feature's own section.
/// </summary>
public sealed record CommandConfiguration(string DataDirectory, string PluginsDirectory, IConfiguration Settings);

public static class CommandHostExtensions
{
    /// <summary>Runs <paramref name="body"/> with one service of the host; a refused input or a missing record is one line on standard error.</summary>
    public static Task<int> WithAsync<TService>(this ICommandHost host, ParseResult parse, CancellationToken ct, Func<TService, Task> body)
        where TService : notnull =>
        host.RunAsync(parse, ct, async services =>
        {
            try
            {
                await body(services.GetRequiredService<TService>());
            }
            catch (InputException ex)
            {
                throw new CliException(ex.Message);
            }
            catch (NotFoundException ex)
            {
                throw new CliException(ex.Message);
            }
            return 0;
        });
}
