using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Access;
using PluginCrm.Host.Api;
using PluginCrm.Host.Api.Requests;
using PluginCrm.Host.Data;
using PluginCrm.Host.Day;
using PluginCrm.Host.Export;
using PluginCrm.Host.Jobs;
using PluginCrm.Host.Kpis;
using PluginCrm.Host.Logging;
using PluginCrm.Host.Modules;
using PluginCrm.Host.Notifications;
using PluginCrm.Host.Pipeline;
using PluginCrm.Host.PluginAdmin;
using PluginCrm.Host.Plugins;
using PluginCrm.Host.Records;
using PluginCrm.Host.Settings;
using PluginCrm.Host.Spend;
using PluginCrm.Host.Templates;
using PluginCrm.Host.Timeline;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Modules;
using Serilog;
using Serilog.Extensions.Logging;

namespace PluginCrm.Host.Hosting;

/// <summary>
/// The composition root. Builds one host, the same for <c>crm serve</c>, every other command, and the
/// tests: configuration, logging, database, plugins, HTTP.
/// </summary>
public sealed class CrmApplication : IAsyncDisposable
{
    private readonly Microsoft.Extensions.Logging.ILogger logger;
    private bool initialized;

    private CrmApplication(WebApplication app, PluginCatalog catalog, CrmOptions options, Microsoft.Extensions.Logging.ILogger logger)
    {
        App = app;
        Catalog = catalog;
        Options = options;
        this.logger = logger;
    }

    public WebApplication App { get; }
    public PluginCatalog Catalog { get; }
    public CrmOptions Options { get; }
    public IServiceProvider Services => App.Services;

    /// <summary>The first address the server listens on, once started.</summary>
    public Uri BaseAddress => new(App.Urls.First());

    public static CrmApplication Build(CrmStartOptions start)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        // The README promises CRM_* variables only: drop the unprefixed ones the default builder reads.
        foreach (var unprefixed in ((IConfigurationBuilder)builder.Configuration).Sources
                     .OfType<Microsoft.Extensions.Configuration.EnvironmentVariables.EnvironmentVariablesConfigurationSource>()
                     .Where(s => string.IsNullOrEmpty(s.Prefix)).ToList())
            ((IConfigurationBuilder)builder.Configuration).Sources.Remove(unprefixed);
        CrmConfiguration.AddSources(builder.Configuration, start);
        var options = CrmConfiguration.Bind(builder.Configuration);

        var serilog = LoggingSetup.Create(builder.Configuration, start.LogFile ? options.DataDirectory : null, start.CommandLine);
        builder.Logging.ClearProviders();
        builder.Services.AddCrmLogging(serilog);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => RequestLimits.ApplyTo(k.Limits));

        AddCoreServices(builder.Services, options, start.CommandLine);
        var logger = new SerilogLoggerFactory(serilog).CreateLogger("PluginCrm.Host.Plugins");
        var catalog = PluginComposer.Compose(options, start, builder.Services, builder.Configuration, logger);
        builder.Services.AddSingleton(catalog);
        start.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(o => o.Logger = serilog);
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<ModuleGateMiddleware>();
        app.MapHealthApi();
        app.MapAccessApi();
        app.MapAuditApi();
        app.MapPluginsApi();
        app.MapJobsApi();
        app.MapCoreRecords();
        app.MapOpenApi(); // /openapi/v1.json, behind sign-in like the rest
        app.MapKpis();
        app.MapSpend();
        app.MapTimeline();
        app.MapRecordExports();
        app.MapTemplates();
        app.MapNotifications();
        app.MapMyDay();
        MapPluginEndpoints(app, catalog, logger);
        return new CrmApplication(app, catalog, options, logger);
    }

    private static void AddCoreServices(IServiceCollection services, CrmOptions options, bool commandLine)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(new PluginsDirectory(options.PluginsDirectory));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options.Access));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options.Jobs));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options.Lifecycle));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options.Tasks));
        services.AddSingleton(TimeProvider.System);
        var database = new CrmDatabase(options.Database, options.DataDirectory);
        services.AddSingleton(database);
        services.AddSingleton<IDbContextFactory<CrmDbContext>, CrmDbContextFactory>();
        services.AddScoped<ScopedConnection>();
        services.AddScoped<IPluginDatabase, ScopedPluginDatabase>();
        services.AddDbContext<CrmDbContext>((sp, o) => database.Configure(o, CrmDatabase.HostHistoryTable, sp.GetRequiredService<ScopedConnection>()));
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PluginCrm API";
            document.Info.Description = "Core records, access, plugins and jobs. Every endpoint except /health and /api/auth/sign-in needs 'Authorization: Bearer <token or API key>'.";
            return Task.CompletedTask;
        }));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["correlationId"] = c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<ModuleSwitches>();
        services.AddSingleton<IModuleSwitches>(sp => sp.GetRequiredService<ModuleSwitches>());
        services.AddSingleton<JobScheduler>();
        services.AddSingleton<TemplateFunctionRegistry>();
        services.AddHttpContextAccessor();
        services.AddCrmAccess();
        services.AddScoped<AccountChanges>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<Teams>();
        services.AddScoped<ApiKeys>();
        services.AddScoped<SignInService>();
        services.AddSingleton<AuditTrail>();
        services.AddSignInThrottling(options.Access);
        services.AddScoped<Sdk.Access.IRecordSharing, RecordSharing>();
        services.AddScoped<MessagePipeline>();
        services.AddSingleton<IProblemMapper, PipelineProblem>();
        services.AddSingleton<MessageCatalog>();
        services.AddScoped<Sdk.Pipeline.IPluginMessages, PluginMessages>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<IOutboxDelivery>(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddCoreRecords();
        services.AddScoped<Imports.MavenCrm.MavenCrmImporter>().AddScoped<Imports.MavenCrm.SalesTeamsCsv>();
        services.AddScoped<Imports.Cdnow.CdnowImporter>();
        services.AddScoped<Imports.OnlineRetail.OnlineRetailImporter>();
        services.AddScoped<Imports.Customers.CustomerCsvImporter>();
        services.AddSingleton<Demo.DemoLoader>();
        services.AddSingleton<Demo.Generated.DemoGenerator>();
        services.AddSingleton<Demo.Generated.PluginDemos>();
        services.AddKpis();
        services.AddSpend();
        services.AddMyDay();
        services.AddTimeline();
        services.AddTemplates();
        services.AddNotifications(options.Mail, options.DataDirectory);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        if (!commandLine)
        {
            services.AddHostedService<JobSchedulerService>();
            services.AddHostedService<OutboxService>();
        }
    }

    // Each plugin's endpoints live under /api/<id>, tagged so the module gate can switch them off.
    private static void MapPluginEndpoints(WebApplication app, PluginCatalog catalog, Microsoft.Extensions.Logging.ILogger logger)
    {
        foreach (var entry in catalog.Loaded.ToList())
        {
            var group = app.MapGroup($"/api/{entry.Id}").WithMetadata(new PluginEndpointMetadata(entry.Id));
            try
            {
                entry.Instance!.MapEndpoints(group);
            }
            catch (Exception ex)
            {
                entry.Fail($"failed while mapping endpoints: {ex.GetType().Name}: {ex.Message}", logger);
            }
        }
    }

    /// <summary>Prepares the database (WAL, migrations) and starts every loaded plugin in dependency order.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (initialized)
            return;
        initialized = true;
        var factory = Services.GetRequiredService<IDbContextFactory<CrmDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            await Services.GetRequiredService<CrmDatabase>().PrepareAsync(db, Services.GetServices<IMigrationDataStep>(), cancellationToken);
        await PluginStarter.StartAllAsync(Services, Catalog, logger, cancellationToken);
    }

    /// <summary>Initializes and starts listening; returns once the server is up.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await App.StartAsync(cancellationToken);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        await App.RunAsync();
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
