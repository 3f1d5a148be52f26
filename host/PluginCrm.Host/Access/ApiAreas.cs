namespace PluginCrm.Host.Access;

/// <summary>The areas of the API an API key may be scoped to: those the host and its loaded plugins map now.</summary>
public sealed class ApiAreas(EndpointDataSource endpoints)
{
    /// <summary>Areas no key scope may name: signing in and out is for people.</summary>
    private static readonly HashSet<string> Personal = ["auth"];

    public IReadOnlyList<string> All => endpoints.Endpoints.OfType<RouteEndpoint>()
        .Select(e => ApiKeyScopes.AreaOf(e.RoutePattern.RawText))
        .OfType<string>().Where(a => !Personal.Contains(a)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
