using PluginCrm.Host.Access;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Day;
using PluginCrm.Host.DbCopy;
using PluginCrm.Host.Demo;
using PluginCrm.Host.Export;
using PluginCrm.Host.Idempotency;
using PluginCrm.Host.Imports;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Notifications;
using PluginCrm.Host.OpenApi;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.PluginAdmin;
using PluginCrm.Host.Records;
using PluginCrm.Host.Settings;
using PluginCrm.Host.Spend;
using PluginCrm.Host.Templates;
using PluginCrm.Host.Timeline;
using PluginCrm.Host.WebConsole;
using PluginCrm.Host.Webhooks;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// The composition root: the host's features, each registering its services and options and mapping its endpoints
/// (their commands: <see cref="CommandLine.CrmCommandLine"/>). The plugins come after them (<see cref="Plugins.PluginsFeature"/>).
/// </summary>
internal static class CrmFeatures
{
    /// <param name="background">False for a one-shot command, which runs no jobs and delivers no outbox.</param>
    public static void Add(IServiceCollection services, CrmOptions options, bool background)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options)).AddSingleton(TimeProvider.System);
        services.AddSingleton<Sdk.Http.ICrmPublicAddress, PublicAddress>();
        services.AddData(options.Database, options.DataDirectory);
        services.AddApi();
        services.AddOpenApiDocument();
        services.AddAccess(options.Access);
        services.AddModules();
        services.AddSettings();
        services.AddJobs(options.Jobs, background);
        services.AddPipeline(background);
        services.AddRecords(options.Lifecycle, options.Records);
        services.AddImports();
        services.AddKpis();
        services.AddSpend();
        services.AddDay();
        services.AddTimeline();
        services.AddTemplates();
        services.AddNotifications(options.Mail, options.Tasks, options.DataDirectory);
        services.AddWebhooks(options.Webhooks);
        services.AddDemo();
        services.AddDbCopy();
        services.AddPluginAdmin(options.PluginsDirectory);
        services.AddWebConsole();
    }

    public static void Map(WebApplication app)
    {
        app.UseIdempotentRetries();
        app.MapHealth();
        app.MapOpenApiDocument();
        app.MapAccess();
        app.MapPluginAdmin();
        app.MapJobs();
        app.MapRecords();
        app.MapKpis();
        app.MapSpend();
        app.MapTimeline();
        app.MapExport();
        app.MapTemplates();
        app.MapNotifications();
        app.MapWebhooks();
        app.MapDay();
        app.MapWebConsole();
    }
}
