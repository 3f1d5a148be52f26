using System.CommandLine;
using PluginCrm.Host.Cli;

namespace PluginCrm.Host.Imports;

/// <summary>Imports of whole data sets (customers CSV, CDNOW, Online Retail, Maven CRM): all or nothing, with row errors.</summary>
public static class ImportsFeature
{
    public static void AddImports(this IServiceCollection services)
    {
        services.AddScoped<MavenCrm.MavenCrmImporter>().AddScoped<MavenCrm.SalesTeamsCsv>();
        services.AddScoped<Cdnow.CdnowImporter>();
        services.AddScoped<OnlineRetail.OnlineRetailImporter>();
        services.AddScoped<Customers.CustomerCsvImporter>();
    }

    public static IEnumerable<Command> Commands(ICommandHost host) => [new ImportCommand(host).Create()];
}
