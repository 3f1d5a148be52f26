namespace PluginCrm.Host.Access;

/// <summary>
/// Refuses a scoped API key (403, naming what it lacks) any endpoint outside its scopes, before the endpoint's own role
/// and record checks: its role and team still decide within them. <c>GET /api/auth/me</c> is open to every key, so an
/// integration can see what it is; what lies outside <c>/api/</c> (the console, the OpenAPI document) to none.
/// </summary>
public sealed class ApiKeyScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var scopes = ApiKeyScopes.Parse(http.User.FindFirst(ApiKeyScopes.ScopesClaim)?.Value);
        if (scopes is null || http.GetEndpoint() is not RouteEndpoint endpoint || endpoint.RoutePattern.RawText == "/api/auth/me")
        {
            await next(http);
            return;
        }
        var area = ApiKeyScopes.AreaOf(endpoint.RoutePattern.RawText);
        var right = ApiKeyScopes.RightFor(http.Request.Method);
        if (area is not null && ApiKeyScopes.Allows(scopes, area, right))
        {
            await next(http);
            return;
        }
        var what = area is null ? "a person's session or an unscoped key" : $"{area}:{right}";
        await Results.Problem($"this API key is limited to {string.Join(", ", scopes)}; this call needs {what}", statusCode: 403, title: "Outside the key's scopes")
            .ExecuteAsync(http);
    }
}
