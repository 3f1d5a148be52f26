using PluginCrm.Host.Api.Requests;
using PluginCrm.Host.Logging;
using PluginCrm.Host.Modules;
using Serilog;

namespace PluginCrm.Host.Hosting;

/// <summary>The middleware every request passes, in order: correlation, logging, limits, problems, routing, access (with API keys' scopes and rates), the module gate (then the features' own: idempotent retries).</summary>
internal static class RequestPipeline
{
    public static void UseCrmRequestPipeline(this WebApplication app, Serilog.ILogger serilog)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(o => o.Logger = serilog);
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        var throttling = app.Services.GetRequiredService<Access.SignInThrottling>();
        app.Use(throttling.InvokeAsync);
        app.UseMiddleware<Access.ApiKeyScopeMiddleware>(); // after the limiter: a refused call counts against the key's rate too
        app.UseMiddleware<ModuleGateMiddleware>();
    }
}
