using System.CommandLine;
using System.Text.Json;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Imports.Cdnow;
using PluginCrm.Host.Imports.Customers;
using PluginCrm.Host.Imports.MavenCrm;
using PluginCrm.Host.Imports.OnlineRetail;

using PluginCrm.Sdk.Commands;
namespace PluginCrm.Host.Imports;

/// <summary>
/// <c>crm import maven-crm DIR | cdnow FILE | online-retail FILE</c>: all or nothing, a second run changes
/// nothing, errors listed by file, row and column (and written in full to --report).
/// </summary>
public sealed class ImportCommand(ICommandHost host)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public Command Create() => new("import", "Import data sets into the CRM (one transaction: everything or nothing)")
    {
        Source("maven-crm", "DIR", "Maven Analytics CRM: accounts, products, sales_teams and sales_pipeline CSV files in DIR",
            (services, path, session, _, ct) => services.GetRequiredService<MavenCrmImporter>().ImportAsync(session, path, ct)),
        Source("cdnow", "FILE", "CDNOW purchases (CDNOW_master.txt or CDNOW_sample.txt) as customers and orders",
            (services, path, session, _, ct) => services.GetRequiredService<CdnowImporter>().ImportAsync(session, path, ct)),
        Source("online-retail", "FILE", "UCI Online Retail invoices as customers, products and orders, cancellations included",
            (services, path, session, _, ct) => services.GetRequiredService<OnlineRetailImporter>().ImportAsync(session, path, ct)),
        Customers(),
    };

    private Command Customers()
    {
        var map = new Option<string?>("--map") { Description = $"field=Column pairs, e.g. \"name=Full Name,email=E-mail\"; fields: {string.Join(", ", CustomerCsvMapping.Fields)}" };
        var match = new Option<string?>("--match") { Description = "Match keys that find an existing customer to update, in order: email, phone, externalId (default: email)" };
        var command = Source("customers", "FILE", "Any customers CSV, through a column mapping; matching rows update existing customers",
            (services, path, session, parse, ct) => services.GetRequiredService<CustomerCsvImporter>()
                .ImportAsync(session, path, CustomerCsvMapping.Parse(parse.GetValue(map), parse.GetValue(match)), ct));
        command.Options.Add(map);
        command.Options.Add(match);
        command.Validators.Add(result =>
        {
            try
            {
                CustomerCsvMapping.Parse(result.GetValue(map), result.GetValue(match));
            }
            catch (ImportFileException ex)
            {
                result.AddError(ex.Message);
            }
        });
        return command;
    }


    private Command Source(string name, string argument, string description, Func<IServiceProvider, string, ImportSession, ParseResult, CancellationToken, Task> import)
    {
        var path = new Argument<string>(argument) { Description = argument == "DIR" ? "The folder of the files" : "The file" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and report what would change, then roll back" };
        var report = new Option<string?>("--report") { Description = "Write every error to this CSV file (file,row,column,reason)" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var command = new Command(name, description) { path, dryRun, report, json };
        command.SetAction((parse, ct) => host.RunAsync(parse, ct, async services =>
        {
            var source = Path.GetFullPath(parse.GetValue(path)!);
            ImportReport result;
            try
            {
                result = await ConsoleProgress.RunAsync(async progress =>
                {
                    await using var scope = services.CreateAsyncScope();
                    var session = ActivatorUtilities.CreateInstance<ImportSession>(services, progress);
                    return await session.RunAsync(parse.GetValue(dryRun), (s, token) => import(services, source, s, parse, token), ct);
                });
            }
            catch (ImportFileException ex)
            {
                throw new CliException(ex.Message);
            }
            Print(result, parse.GetValue(json));
            if (parse.GetValue(report) is { } file)
                await WriteReportAsync(file, result.Errors);
            if (result.Errors.Count > 0)
                throw new CliException($"{result.Errors.Count} errors, nothing was imported{(parse.GetValue(report) is null ? " (use --report FILE for all of them)" : "")}");
            return 0;
        }));
        return command;
    }

    private static void Print(ImportReport report, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, Json));
            return;
        }
        Console.WriteLine(report.Committed ? "imported:" : report.DryRun && report.Errors.Count == 0 ? "dry run, nothing written; would import:" : "nothing written:");
        TextTable.Print(Console.Out, ["RECORDS", "CREATED", "UPDATED", "UNCHANGED"], report.Counts.Select(c => new[] { c.Key, c.Value.Created.ToString(), c.Value.Updated.ToString(), c.Value.Unchanged.ToString() }));
        if (report.Skipped > 0)
            Console.WriteLine($"skipped rows: {report.Skipped}");
        foreach (var note in report.Notes)
            Console.WriteLine(note);
        foreach (var error in report.Errors.Take(20))
            Console.Error.WriteLine($"{error.File} row {error.Row}, {error.Column}: {error.Reason}");
    }

    // The reasons quote the file's cells, which may carry formulas: the report is written like an export.
    private static async Task WriteReportAsync(string file, IReadOnlyList<ImportError> errors)
    {
        await using var stream = File.Create(file);
        await using var csv = Export.CsvFile.Writer(stream);
        foreach (var header in new[] { "file", "row", "column", "reason" })
            csv.WriteField(header);
        await csv.NextRecordAsync();
        foreach (var error in errors)
        {
            csv.WriteField(Export.FormulaInjection.Neutralize(error.File));
            csv.WriteField(error.Row.ToString(System.Globalization.CultureInfo.InvariantCulture));
            csv.WriteField(Export.FormulaInjection.Neutralize(error.Column));
            csv.WriteField(Export.FormulaInjection.Neutralize(error.Reason));
            await csv.NextRecordAsync();
        }
    }
}
