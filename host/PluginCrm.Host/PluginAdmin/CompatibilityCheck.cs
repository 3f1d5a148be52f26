namespace PluginCrm.Host.PluginAdmin;

/// <summary><c>GET /api/plugins/check</c>'s answer: each installed plugin against the SDK version asked about.</summary>
public sealed record CompatibilityCheck(string Sdk, IReadOnlyList<CompatibilityReport.Row> Plugins);
