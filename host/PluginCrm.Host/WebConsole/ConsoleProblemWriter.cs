using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace PluginCrm.Host.WebConsole;

/// <summary>
/// A problem on a console page (not under <c>/api</c>) for a browser, which asks for HTML, is a page: its status, title
/// and detail, and the way back, in the console's style. The API's answers stay RFC 9457 JSON whatever the caller
/// accepts; a browser showed a console page's 404 or 403 as raw JSON, and a request for HTML alone was a 500.
/// </summary>
public sealed class ConsoleProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        return !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/health")
            && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var title = WebUtility.HtmlEncode(problem.Title ?? ReasonPhrases.GetReasonPhrase(status));
        var detail = WebUtility.HtmlEncode(problem.Detail ?? "");
        context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
        await context.HttpContext.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{status} {title} · PluginCrm</title>
            <link rel="stylesheet" href="{WebConsoleFeature.Stylesheet}" /></head>
            <body><main><h1>{status} {title}</h1><p role="alert">{detail}</p><p><a href="/">My day</a></p></main></body>
            </html>
            """, context.HttpContext.RequestAborted);
    }
}
