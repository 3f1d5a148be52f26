using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace PluginCrm.Host.Api.Requests;

/// <summary>
/// Refuses a request larger than <see cref="RequestLimits"/> allows, before anything reads it, with a problem: 414
/// for the URL, 431 for the headers (naming the largest), 413 for a declared body length.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (Refusal(context) is not { } problem)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = problem.Status!.Value;
        // Try: a caller that accepts no JSON gets the status alone, as from the exception handler.
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static ProblemDetails? Refusal(HttpContext context)
    {
        var request = context.Request;
        // The target as sent (path and query, still encoded): what the limit is about.
        var url = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? $"{request.PathBase}{request.Path}{request.QueryString}";
        if (url.Length > RequestLimits.MaxUrlBytes)
            return RequestLimits.UrlTooLong(url.Length);

        var total = request.Headers.Sum(Bytes);
        if (total > RequestLimits.MaxHeaderBytes)
        {
            var largest = request.Headers.MaxBy(Bytes);
            return RequestLimits.HeadersTooLarge(largest.Key, Bytes(largest), total);
        }

        return request.ContentLength > RequestLimits.MaxBodyBytes ? RequestLimits.BodyTooLarge(request.ContentLength) : null;
    }

    // A header's lines as on the wire: "name: value" and a line break for each value.
    private static long Bytes(KeyValuePair<string, StringValues> header) => header.Value.Sum(v => header.Key.Length + (v?.Length ?? 0) + 4L);
}
