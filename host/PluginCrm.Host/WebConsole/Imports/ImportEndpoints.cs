using PluginCrm.Host.Api;
using PluginCrm.Host.Export;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Imports.Customers;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.WebConsole.Imports;

/// <summary>The console's customer import: the upload (admins, as the import writes for everyone) and a run's error report.</summary>
public static class ImportEndpoints
{
    public const long MostBytes = 50 * 1024 * 1024;

    public static void MapConsoleImports(this WebApplication app)
    {
        app.MapPost("/imports", async (HttpContext http, ImportRuns runs, CancellationToken ct) =>
        {
            var form = await PostedForm.ReadAsync(http, ct);
            var (file, map, match, dryRun) = (form.File("file"), form.Text("map"), form.Text("match"), form.Bool("dryRun"));
            if (file is not { Length: > 0 })
                return Results.Redirect($"/imports?error={Uri.EscapeDataString("choose a CSV file to import")}");
            if (file.Length > MostBytes)
                return Results.Redirect($"/imports?error={Uri.EscapeDataString($"the file is {file.Length / 1024 / 1024} MB; at most {MostBytes / 1024 / 1024} MB")}");
            CustomerCsvMapping mapping;
            try
            {
                mapping = CustomerCsvMapping.Parse(map, match);
            }
            catch (ImportFileException ex)
            {
                return Results.Redirect($"/imports?error={Uri.EscapeDataString(ex.Message)}");
            }
            var run = await runs.StartAsync(file, mapping, dryRun == true, ct);
            return Results.Redirect($"/imports/{run.Id}");
        }).TakesForm().RequireAuthorization(CrmPolicies.Admin).ExcludeFromDescription();

        app.MapGet("/imports/{id:guid}/errors.csv", async (Guid id, ImportRuns runs, HttpContext http) =>
        {
            if (runs.Find(id) is not { Report: { } report } run)
                return Results.NotFound();
            http.Response.ContentType = CsvFile.ContentType;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"import-errors-{run.StartedUtc:yyyyMMddHHmm}.csv\"";
            await using var csv = CsvFile.Writer(http.Response.Body);
            csv.WriteField("file");
            csv.WriteField("row");
            csv.WriteField("column");
            csv.WriteField("reason");
            await csv.NextRecordAsync();
            foreach (var error in report.Errors)
            {
                // The reason quotes the file's cells: neutralised, so a spreadsheet does not run them as formulas.
                csv.WriteField(FormulaInjection.Neutralize(error.File));
                csv.WriteField(error.Row);
                csv.WriteField(FormulaInjection.Neutralize(error.Column));
                csv.WriteField(FormulaInjection.Neutralize(error.Reason));
                await csv.NextRecordAsync();
            }
            return Results.Empty;
        }).RequireAuthorization(CrmPolicies.Admin).ExcludeFromDescription();
    }
}
