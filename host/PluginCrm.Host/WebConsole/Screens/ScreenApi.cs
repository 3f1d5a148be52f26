using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PluginCrm.Host.Access;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>
/// Calls a plugin's endpoint for one of its screens through the host's own API, with the signed-in user's token: the
/// screen then shows exactly what the API shows that user, and a refusal carries the API's reason.
/// </summary>
public sealed class ScreenApi(IHttpClientFactory clients)
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    // One page's reads (a scope is a request): widgets fed by the same endpoint (feedback's three by /complaints/stats) call it once.
    private readonly Dictionary<string, Task<ScreenAnswer>> reads = [];

    public Task<ScreenAnswer> SendAsync(HttpContext http, HttpMethod method, string plugin, string path, CancellationToken ct, object? body = null)
    {
        if (method != HttpMethod.Get)
        {
            reads.Clear(); // a change: what was read before may be stale
            return CallAsync(http, method, plugin, path, ct, body);
        }
        var key = $"{plugin}{path}";
        if (!reads.TryGetValue(key, out var read))
            reads[key] = read = CallAsync(http, method, plugin, path, ct, body);
        return read;
    }

    private async Task<ScreenAnswer> CallAsync(HttpContext http, HttpMethod method, string plugin, string path, CancellationToken ct, object? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(Self(http), $"/api/{plugin}{path}"));
        request.Headers.Host = http.Request.Host.Value;
        if (http.Request.Headers[Tenants.TenantRouter.Header].ToString() is { Length: > 0 } tenant)
            request.Headers.Add(Tenants.TenantRouter.Header, tenant);
        if (TokenOf(http) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        using var response = await clients.CreateClient(nameof(ScreenApi)).SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode)
            return new ScreenAnswer((int)response.StatusCode, text.Length == 0 ? null : JsonSerializer.Deserialize<JsonElement>(text), null, NoErrors);
        var problem = text.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? JsonSerializer.Deserialize<Problem>(text, JsonSerializerOptions.Web)
            : null;
        return new ScreenAnswer((int)response.StatusCode, null, problem?.Detail ?? problem?.Title ?? $"{(int)response.StatusCode} {response.ReasonPhrase}",
            problem?.Errors ?? NoErrors);
    }

    // The address the page's request came in on, under the page's host name (and tenant header): the call stays on this
    // machine (no public name to resolve, no load balancer to pass again), and a host serving several tenants hands it to
    // the page's tenant. Over HTTPS the name is kept, for the certificate to match it.
    private static Uri Self(HttpContext http) => http.Connection.LocalIpAddress is { } local && http.Request.Scheme == "http"
        ? new UriBuilder("http", local.ToString(), http.Connection.LocalPort).Uri
        : new Uri($"{http.Request.Scheme}://{http.Request.Host}");

    // The page's own session (the cookie), or the bearer token the page was called with.
    private static string? TokenOf(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : http.Request.Cookies[CrmAuthenticationHandler.SessionCookie];
    }

    private sealed record Problem(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
