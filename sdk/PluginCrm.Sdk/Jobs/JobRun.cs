namespace PluginCrm.Sdk.Jobs;

/// <summary>One run of a scheduled job.</summary>
/// <param name="PluginId">The plugin that owns the job.</param>
/// <param name="Name">The job's name within the plugin.</param>
/// <param name="StartedUtc">When the host started this run (from its <see cref="TimeProvider"/>).</param>
public sealed record JobRun(string PluginId, string Name, DateTimeOffset StartedUtc);
