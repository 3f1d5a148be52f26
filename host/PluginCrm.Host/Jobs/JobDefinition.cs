namespace PluginCrm.Host.Jobs;

/// <summary>A plugin's scheduled job.</summary>
public sealed record JobDefinition(string PluginId, string Name, TimeSpan Interval, Type JobType)
{
    /// <summary>The job's id across the host, e.g. <c>notes.purge-expired</c>.</summary>
    public string Key => $"{PluginId}.{Name}";
}
