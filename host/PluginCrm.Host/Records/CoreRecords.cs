using PluginCrm.Host.Jobs;
using PluginCrm.Host.Records.Companies;
using PluginCrm.Host.Records.Customers;
using PluginCrm.Host.Records.Deals;
using PluginCrm.Host.Records.Interactions;
using PluginCrm.Host.Records.Leads;
using PluginCrm.Host.Records.Leads.Convert;
using PluginCrm.Host.Records.Orders;
using PluginCrm.Host.Records.Products;
using PluginCrm.Host.Records.Tasks;

namespace PluginCrm.Host.Records;

/// <summary>The core record kinds, their services and their <c>/api/...</c> routes.</summary>
public static class CoreRecords
{
    public static readonly CustomerKindDefinition Customers = new();
    public static readonly CompanyKindDefinition Companies = new();
    public static readonly LeadKindDefinition Leads = new();
    public static readonly DealKindDefinition Deals = new();
    public static readonly ProductKindDefinition Products = new();
    public static readonly OrderKindDefinition Orders = new();
    public static readonly InteractionKindDefinition Interactions = new();
    public static readonly TaskKindDefinition Tasks = new();

    public static void AddCoreRecords(this IServiceCollection services)
    {
        services.AddScoped<RecordReader>().AddScoped<RecordChecks>().AddScoped<RecordWriter>();
        services.AddScoped<Sdk.Access.IRecordAccess, Access.RecordAccess>();
        services.AddScoped<Host.Access.ITeamMoveFollower, OwnedRecordsFollowOwner>();
        services.AddSingleton<Api.IProblemMapper, Leads.Convert.DuplicatesProblem>();
        services.AddSingleton<Data.IMigrationDataStep, SearchKeyFill>();
        services.AddScoped<Lifecycle.CustomerLifecycle>();
        services.AddScoped<Leads.Convert.LeadConverter>().AddScoped<Leads.Convert.DuplicateCustomers>();
        services.AddScoped<Sdk.Records.ICrmRecords, ForPlugins.PluginRecords>();
        services.AddScoped<Sdk.Access.ICrmDirectory, ForPlugins.PluginDirectory>();
        services.AddHostJob<Lifecycle.ChurnJob>(Lifecycle.ChurnJob.Name, TimeSpan.FromDays(1));
    }

    public static void MapCoreRecords(this IEndpointRouteBuilder app)
    {
        app.MapRecords(Customers);
        app.MapRecords(Companies);
        app.MapRecords(Leads);
        app.MapConvertLead();
        app.MapRecords(Deals);
        app.MapRecords(Products);
        app.MapRecords(Orders);
        app.MapRecords(Interactions);
        app.MapRecords(Tasks);
    }
}
