using Microsoft.Extensions.Configuration.EnvironmentVariables;
using PluginCrm.Host.Api.Requests;
using PluginCrm.Host.Logging;

namespace PluginCrm.Host.Hosting;

/// <summary>The web builder with the host's configuration (appsettings.json, CRM_* variables, switches), Serilog and Kestrel's limits.</summary>
internal static class CrmWebBuilder
{
    public static (WebApplicationBuilder Builder, CrmOptions Options, Serilog.ILogger Log) Create(CrmStartOptions start)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        // The README promises CRM_* variables only: drop the unprefixed ones the default builder reads.
        var sources = ((IConfigurationBuilder)builder.Configuration).Sources;
        foreach (var unprefixed in sources.OfType<EnvironmentVariablesConfigurationSource>().Where(s => string.IsNullOrEmpty(s.Prefix)).ToList())
            sources.Remove(unprefixed);
        CrmConfiguration.AddSources(builder.Configuration, start);
        var options = CrmConfiguration.Bind(builder.Configuration);

        var serilog = LoggingSetup.Create(builder.Configuration, start.LogFile ? options.DataDirectory : null, start.CommandLine);
        builder.Logging.ClearProviders();
        builder.Services.AddCrmLogging(serilog);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => RequestLimits.ApplyTo(k.Limits));
        return (builder, options, serilog);
    }
}
