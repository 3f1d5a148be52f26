using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Data.Providers;

namespace PluginCrm.Host.DbCopy;

/// <summary>
/// <c>crm db copy --from sqlite:PATH|postgres:CONNECTION-STRING --to ...</c>: a host is opened on each database (with the
/// plugins of <c>--plugins-dir</c>), neither migrated nor started, and <see cref="DatabaseCopy"/> moves the data.
/// </summary>
public sealed class DbCopyCommand(ICommandHost host)
{
    public Command Create()
    {
        var from = new Option<string>("--from") { HelpName = "DATABASE", Description = $"The database to copy: {DatabaseAddress.Forms}", Required = true };
        var to = new Option<string>("--to") { HelpName = "DATABASE", Description = "The new database to copy into: not there yet, empty, or only migrated ('crm migrate')", Required = true };
        var copy = new Command("copy", "Copy the CRM, the host's and every plugin's tables, into a new database (SQLite or PostgreSQL), ids kept; " +
                                       "then compare every table's row count and checksum") { from, to };
        copy.SetAction(async (parse, ct) =>
        {
            var source = Address(parse.GetValue(from)!, "--from");
            var target = Address(parse.GetValue(to)!, "--to");
            await using var sourceHost = host.Open(parse, source.Settings);
            await using var targetHost = host.Open(parse, new Dictionary<string, string?>(target.Settings) { ["Database:MigrateOnStart"] = "true" });
            return await targetHost.Services.GetRequiredService<DatabaseCopy>().RunAsync(sourceHost.Services, targetHost.Services, c => MigratedRowsAsync(parse, c), Console.Out, ct);
        });
        return new Command("db", "Database tools: copy the CRM between SQLite and PostgreSQL") { copy };
    }

    // What this build's migrations (the host's and the loaded plugins') write into a new database: a throw-away SQLite file
    // is migrated and counted, so that a target 'crm migrate' prepared is told from one in use, whatever the plugins seed.
    private async Task<IReadOnlyDictionary<string, long>> MigratedRowsAsync(ParseResult parse, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("plugincrm-migrated-");
        try
        {
            await using var opened = host.Open(parse, new Dictionary<string, string?>(Address($"sqlite:{folder.FullName}", "--to").Settings) { ["Database:MigrateOnStart"] = "true" });
            await using var side = CopySide.Open(opened.Services);
            await side.MigrateAsync(ct);
            return await side.RowCountsAsync(await side.Provider.TablesAsync(ct), ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static DatabaseAddress Address(string text, string option) =>
        DatabaseAddress.Parse(text, out var problem) ?? throw new CliException($"{option} {problem}", exitCode: 2);
}
