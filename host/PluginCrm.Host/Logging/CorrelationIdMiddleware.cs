using System.Text.RegularExpressions;
using Serilog.Context;

namespace PluginCrm.Host.Logging;

/// <summary>Takes the caller's X-Correlation-Id (or makes one), echoes it, and puts it on every log event of the request.</summary>
public sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex Safe();

    public async Task InvokeAsync(HttpContext context)
    {
        var given = context.Request.Headers[Header].ToString();
        var id = Safe().IsMatch(given) ? given : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = id;
        context.Response.Headers[Header] = id;
        using (LogContext.PushProperty("CorrelationId", id))
            await next(context);
    }
}
