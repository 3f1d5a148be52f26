using System.Globalization;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace PluginCrm.Host.Api.Requests;

/// <summary>
/// How large a request the API accepts. Kestrel answers a request over its own limits itself, before any middleware
/// runs, with a bare status and no body, and offers no hook to change that (aspnet/KestrelHttpServer#2947). So
/// Kestrel's URL and header limits sit well above these, and <see cref="RequestLimitsMiddleware"/> applies these
/// and answers with a problem that says which limit was passed and by how much.
/// </summary>
public static class RequestLimits
{
    public const int MaxUrlBytes = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const int MaxBodyBytes = 1024 * 1024;

    public static void ApplyTo(KestrelServerLimits kestrel)
    {
        kestrel.MaxRequestLineSize = 8 * MaxUrlBytes;
        kestrel.MaxRequestHeadersTotalSize = 4 * MaxHeaderBytes;
        // The middleware checks a declared length; a streamed (chunked) body has none, so Kestrel stops it at the same
        // size while it is read. The endpoint's binder then answers 413 and UseStatusCodePages writes a plain problem
        // (no field: nothing says how long the body would have been).
        kestrel.MaxRequestBodySize = MaxBodyBytes;
    }

    public static HttpValidationProblemDetails UrlTooLong(long bytes) =>
        FieldProblem.Of(StatusCodes.Status414UriTooLong, "URL too long", "url", $"is {Size(bytes)}; the path and query may be at most {Size(MaxUrlBytes)}");

    public static HttpValidationProblemDetails HeadersTooLarge(string largest, long largestBytes, long totalBytes) =>
        FieldProblem.Of(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large", largest,
            $"is {Size(largestBytes)}; the headers together are {Size(totalBytes)}, and may be at most {Size(MaxHeaderBytes)}");

    public static HttpValidationProblemDetails BodyTooLarge(long? bytes) =>
        FieldProblem.Of(StatusCodes.Status413PayloadTooLarge, "Request body too large", "body",
            bytes is { } size ? $"is {Size(size)}; it may be at most {Size(MaxBodyBytes)}" : $"may be at most {Size(MaxBodyBytes)}");

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB");
}
