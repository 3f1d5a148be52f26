using PluginCrm.Host.Jobs;
using PluginCrm.Host.Records.Leads.Convert;
using PluginCrm.Host.Records.Lifecycle;

namespace PluginCrm.Host.Records;

/// <summary>The core records (customers, companies, leads, deals, products, orders, interactions, tasks): their API and rules.</summary>
public static class RecordsFeature
{
    public static void AddRecords(this IServiceCollection services, LifecycleOptions lifecycle, RecordsOptions records)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(lifecycle)).AddSingleton(Microsoft.Extensions.Options.Options.Create(records));
        services.AddScoped<RecordReader>().AddScoped<RecordChecks>().AddScoped<RecordWriter>().AddScoped<RecordBatchWriter>();
        services.AddScoped<Sdk.Access.IRecordAccess, Access.RecordAccess>();
        services.AddScoped<Host.Access.ITeamMoveFollower, OwnedRecordsFollowOwner>();
        services.AddSingleton<Api.IProblemMapper, Leads.Convert.DuplicatesProblem>();
        services.AddSingleton<Data.IMigrationDataStep, SearchKeyFill>();
        services.AddScoped<Lifecycle.CustomerLifecycle>();
        services.AddScoped<Leads.Convert.LeadConverter>().AddScoped<Leads.Convert.DuplicateCustomers>();
        services.AddScoped<Sdk.Records.ICrmRecords, ForPlugins.PluginRecords>();
        services.AddScoped<Sdk.Records.ICrmPurchases, ForPlugins.PluginPurchases>();
        services.AddScoped<Sdk.Access.ICrmDirectory, ForPlugins.PluginDirectory>();
        services.AddHostJob<Lifecycle.ChurnJob>(Lifecycle.ChurnJob.Name, TimeSpan.FromDays(1));
    }

    public static void MapRecords(this IEndpointRouteBuilder app)
    {
        app.MapRecords(CoreRecords.Customers);
        app.MapRecords(CoreRecords.Companies);
        app.MapRecords(CoreRecords.Leads);
        app.MapConvertLead();
        app.MapRecords(CoreRecords.Deals);
        app.MapRecords(CoreRecords.Products);
        app.MapRecords(CoreRecords.Orders);
        app.MapRecords(CoreRecords.Interactions);
        app.MapRecords(CoreRecords.Tasks);
    }
}
