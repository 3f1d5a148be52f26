using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using PluginCrm.Host.Access;

namespace PluginCrm.Host.WebConsole.Screens;

/// <summary>
/// Calls a plugin's endpoint for one of its screens through the host's own API, with the signed-in user's token: the
/// screen then shows exactly what the API shows that user, and a refusal carries the API's reason.
/// </summary>
public sealed class ScreenApi(IHttpClientFactory clients)
{
    public async Task<(JsonElement? Answer, string? Refusal)> SendAsync(HttpContext http, HttpMethod method, string plugin, string path, CancellationToken ct, object? content = null)
    {
        using var request = new HttpRequestMessage(method, $"{http.Request.Scheme}://{http.Request.Host}/api/{plugin}{path}");
        if (content is not null)
            request.Content = JsonContent.Create(content, options: JsonSerializerOptions.Web);
        if (TokenOf(http) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await clients.CreateClient(nameof(ScreenApi)).SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode)
            return (body.Length == 0 ? null : JsonSerializer.Deserialize<JsonElement>(body), null);
        var problem = body.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? JsonSerializer.Deserialize<ProblemDetails>(body, JsonSerializerOptions.Web)
            : null;
        return (null, problem?.Detail ?? problem?.Title ?? $"{(int)response.StatusCode} {response.ReasonPhrase}");
    }

    // The page's own session (the cookie), or the bearer token the page was called with.
    private static string? TokenOf(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : http.Request.Cookies[CrmAuthenticationHandler.SessionCookie];
    }
}
