using System.CommandLine;
using PluginCrm.Host.Api;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Export;

/// <summary>
/// <c>crm export customers|deals --out FILE [--filter key=value ...]</c>: the same CSV as
/// <c>GET /api/&lt;kind&gt;/export.csv</c>, as the system user, so every record is in it.
/// </summary>
public sealed class ExportCommand(ICommandHost host)
{
    public Command Create()
    {
        var command = new Command("export", "Write customers or deals to a CSV file (UTF-8, opens in Excel, safe against formula injection)");
        foreach (var export in RecordExports.All)
            command.Subcommands.Add(For(export));
        return command;
    }

    private Command For(IRecordExport export)
    {
        var output = new Option<string>("--out") { Description = "The CSV file to write; replaced if it exists", Required = true };
        var filter = new Option<string[]>("--filter") { Description = $"A filter of GET /api/{export.Route} as key=value, e.g. stage=won; repeat for more" };
        var command = new Command(export.Route, $"Export {export.Route} to CSV") { output, filter };
        command.SetAction((parse, ct) =>
        {
            // Usage errors are found before a host is built, and before anything touches the file.
            var file = Path.GetFullPath(parse.GetValue(output)!);
            if (!Directory.Exists(Path.GetDirectoryName(file)))
                throw new CliException($"--out '{file}': there is no folder {Path.GetDirectoryName(file)}", exitCode: 2);
            var filters = ParseFilters(parse.GetValue(filter) ?? []);
            return host.RunAsync(parse, ct, async services =>
            {
                ICsvRows rows;
                try
                {
                    rows = export.Select(services.GetRequiredService<RecordReader>(), filters, ActingUser.System);
                }
                catch (InputException ex)
                {
                    throw new CliException($"--filter {ex.Message}", exitCode: 2);
                }
                var count = await WriteAsync(rows, file, ct);
                Console.WriteLine($"{count} {export.Route} written to {file}");
                return 0;
            });
        });
        return command;
    }

    private static Dictionary<string, string> ParseFilters(IEnumerable<string> given)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in given)
        {
            var equals = pair.IndexOf('=');
            if (equals < 1)
                throw new CliException($"--filter '{pair}' is not key=value", exitCode: 2);
            if (!filters.TryAdd(pair[..equals], pair[(equals + 1)..]))
                throw new CliException($"--filter '{pair[..equals]}' is given twice", exitCode: 2);
        }
        return filters;
    }

    // Written beside the target and moved over it at the end, so a failed export never leaves half a file behind.
    private static async Task<int> WriteAsync(ICsvRows rows, string file, CancellationToken ct)
    {
        var partial = $"{file}.{Guid.NewGuid():N}.partial";
        try
        {
            int count;
            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
                count = await rows.WriteAsync(stream, ct);
            File.Move(partial, file, overwrite: true);
            return count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {file}: {ex.Message}");
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
