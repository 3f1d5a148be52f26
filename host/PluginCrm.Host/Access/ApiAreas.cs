namespace PluginCrm.Host.Access;

/// <summary>
/// The areas of the API an API key may be scoped to: those the host and its loaded plugins map. Read from the app's own
/// route builder (given when the routes are mapped), not the global endpoint source, which a command-line run that
/// never starts the server leaves empty. Read once: enumerating a route group's endpoints builds every one of them again
/// (their request delegates compiled anew), and the routes do not change once the app is built.
/// </summary>
public sealed class ApiAreas
{
    /// <summary>Areas no key scope may name: signing in and out is for people.</summary>
    private static readonly HashSet<string> Personal = ["auth"];

    private IEndpointRouteBuilder? routes;
    private IReadOnlyList<string>? all;

    /// <summary>Where the routes are mapped; the plugins' come later into the same builder and count too.</summary>
    public void ReadFrom(IEndpointRouteBuilder builder) => routes = builder;

    /// <summary>The areas, read on first use, after every route was mapped (nothing asks before the app is built).</summary>
    public IReadOnlyList<string> All => routes is null ? [] : all ??= Read();

    private List<string> Read() => routes!.DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
        .Select(e => ApiKeyScopes.AreaOf(e.RoutePattern.RawText))
        .OfType<string>().Where(a => !Personal.Contains(a)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
