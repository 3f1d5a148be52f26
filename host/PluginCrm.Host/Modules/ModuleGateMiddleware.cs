using PluginCrm.Host.Plugins;
using Serilog;
using Serilog.Context;
namespace PluginCrm.Host.Modules;

/// <summary>Runs after routing: a plugin endpoint answers 404 unless its module is loaded and on, and its logs carry the plugin id.</summary>
public sealed class ModuleGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ModuleSwitches switches, IProblemDetailsService problems, IDiagnosticContext diagnostics)
    {
        var plugin = context.GetEndpoint()?.Metadata.GetMetadata<PluginEndpointMetadata>();
        if (plugin is null)
        {
            await next(context);
            return;
        }

        // The request's own log line is written outside this middleware, so it gets the id through the diagnostic context.
        diagnostics.Set("PluginId", plugin.PluginId);
        using var _ = LogContext.PushProperty("PluginId", plugin.PluginId);
        if (!await switches.IsEnabledAsync(plugin.PluginId, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 404, Title = "Module not enabled", Detail = $"the module '{plugin.PluginId}' is disabled or not loaded" },
            });
            return;
        }
        await next(context);
    }
}
