namespace PluginCrm.Host.Access;

/// <summary>
/// An API key's scopes: <c>area:read</c> (GET and HEAD) and <c>area:write</c> (every other method) for the areas of the
/// API, an area being the first segment after <c>/api/</c> (<c>customers</c>, <c>orders</c>, <c>leads</c>, a plugin's
/// <c>feedback</c>, <c>training</c>...). Write does not bring read: a website form's key posts leads and reads nothing.
/// </summary>
public static class ApiKeyScopes
{
    public const string ScopesClaim = "crm:scopes", KeyClaim = "crm:apikey", RateClaim = "crm:apikey-rpm";
    public const string Read = "read", Write = "write";

    public static IReadOnlyList<string>? Parse(string? stored) => stored is null ? null : stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The area of a route such as <c>/api/customers/{id:long}/timeline</c> (<c>customers</c>); null outside <c>/api/</c>.</summary>
    public static string? AreaOf(string? route)
    {
        var path = (route ?? "").TrimStart('/');
        if (!path.StartsWith("api/", StringComparison.Ordinal))
            return null;
        var area = path["api/".Length..].Split('/')[0];
        return area.Length == 0 || area.StartsWith('{') ? null : area;
    }

    public static string RightFor(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? Read : Write;

    public static bool Allows(IReadOnlyCollection<string> scopes, string area, string right) => scopes.Contains($"{area}:{right}");
}
