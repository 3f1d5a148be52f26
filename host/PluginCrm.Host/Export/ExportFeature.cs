using System.CommandLine;
using PluginCrm.Host.Cli;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Export;

/// <summary>
/// <c>GET /api/customers/export.csv</c> and <c>GET /api/deals/export.csv</c>: the rows the caller may see, with
/// the list endpoint's filters, streamed as a CSV download.
/// </summary>
public static class ExportFeature
{
    public static IEnumerable<Command> Commands(ICommandHost host) => [new ExportCommand(host).Create()];

    public static void MapExport(this IEndpointRouteBuilder app)
    {
        // "export.csv" is a literal segment: it never matches /api/<route>/{id:long}, and routing ranks literals
        // above parameters anyway.
        foreach (var export in RecordExports.All)
        {
            app.MapGet($"/api/{export.Route}/export.csv", (HttpContext http, RecordReader records, TimeProvider time) =>
            {
                var filters = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
                // Selecting checks the filters, so a bad one is a 400 problem before the first byte of the file.
                var rows = export.Select(records, filters, http.User.ToActingUser());
                return Results.Stream(body => rows.WriteAsync(body, http.RequestAborted), CsvFile.ContentType, CsvFile.Name(export.Route, time));
            }).WithTags(export.Route).Produces<string>(StatusCodes.Status200OK, CsvFile.ContentType).WithMetadata(export.ListDescription);
        }
    }
}
