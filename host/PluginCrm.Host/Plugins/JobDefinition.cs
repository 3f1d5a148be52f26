namespace PluginCrm.Host.Plugins;

/// <summary>A plugin's scheduled job, or the host's (owned by <see cref="HostOwner"/>).</summary>
public sealed record JobDefinition(string PluginId, string Name, TimeSpan Interval, Type JobType)
{
    /// <summary>The owner of the host's own jobs.</summary>
    public const string HostOwner = "host";

    /// <summary>The job's id across the host, e.g. <c>notes.purge-expired</c>.</summary>
    public string Key => $"{PluginId}.{Name}";

    /// <summary>Whether the host owns it: no module switch applies.</summary>
    public bool IsHosts => PluginId == HostOwner;
}
