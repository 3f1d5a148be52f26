namespace PluginCrm.Sdk.Modules;

/// <summary>A module switched back on.</summary>
/// <param name="PluginId">The module's plugin id.</param>
/// <param name="DisabledSinceUtc">When it had been switched off: what it missed happened in [this, <paramref name="EnabledUtc"/>).</param>
/// <param name="EnabledUtc">When it was switched on (from the host's <see cref="TimeProvider"/>).</param>
/// <param name="EnabledBy">Who switched it on, e.g. an admin's name or <c>cli:&lt;user&gt;</c>.</param>
public sealed record ModuleEnabled(string PluginId, DateTime DisabledSinceUtc, DateTime EnabledUtc, string EnabledBy);
