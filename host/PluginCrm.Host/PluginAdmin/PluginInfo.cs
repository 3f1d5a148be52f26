namespace PluginCrm.Host.PluginAdmin;

/// <summary>A plugin as <c>GET /api/plugins</c> and <c>crm plugins list</c> show it.</summary>
public sealed record PluginInfo(
    string Id,
    string? Version,
    string State,
    string? Reason,
    string Folder,
    string? Name,
    string? Description,
    string? Author,
    string? Sdk,
    IReadOnlyDictionary<string, string> Dependencies,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<string> Jobs,
    IReadOnlyList<string> TemplateFunctions,
    bool HasSettings);
