namespace PluginCrm.Host.Hosting;

/// <summary>Logs the start's phases once the first request has been answered, then only passes requests on.</summary>
internal static class StartupPhasesMiddleware
{
    public static void UseStartupPhases(this WebApplication app, StartupPhases phases)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<StartupPhases>();
        app.Use(async (context, next) =>
        {
            await next(context);
            if (phases.FirstRequestServed() is { } line)
                logger.LogInformation("{StartupPhases:l}", line);
        });
    }
}
