using Serilog;
using Serilog.Events;

namespace PluginCrm.Host.Logging;

/// <summary>Serilog for the host: console plus a daily rolling file under the data folder, with plugin and correlation ids.</summary>
public static class LoggingSetup
{
    private const string Template = "[{Timestamp:HH:mm:ss} {Level:u3}] {PluginId} {CorrelationId} {Message:lj}{NewLine}{Exception}";

    /// <summary>The logger; without a <paramref name="dataDirectory"/>, console only.</summary>
    public static Serilog.ILogger Create(IConfiguration configuration, string? dataDirectory, bool commandLine)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: Template,
                // Commands print their results on stdout and their errors as one line; the full story is in the file.
                restrictedToMinimumLevel: commandLine ? LogEventLevel.Fatal : LogEventLevel.Verbose,
                standardErrorFromLevel: commandLine ? LogEventLevel.Verbose : null);
        if (dataDirectory is null)
            return logger.CreateLogger();
        Directory.CreateDirectory(Path.Combine(dataDirectory, "logs"));
        return logger
            .WriteTo.File(
                Path.Combine(dataDirectory, "logs", "crm-.log"),
                outputTemplate: "{Timestamp:o} [{Level:u3}] {PluginId} {CorrelationId} {SourceContext} {Message:lj}{NewLine}{Exception}",
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                shared: true)
            .CreateLogger();
    }

    public static void AddCrmLogging(this IServiceCollection services, Serilog.ILogger logger) =>
        services.AddSerilog(logger, dispose: true);
}
