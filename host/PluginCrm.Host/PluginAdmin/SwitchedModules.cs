namespace PluginCrm.Host.PluginAdmin;

/// <summary>What a module switch changed: the plugins it enabled or disabled (dependents included).</summary>
public sealed record SwitchedModules(IReadOnlyList<string> Enabled, IReadOnlyList<string> Disabled);
