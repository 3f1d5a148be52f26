namespace PluginCrm.Host.Data.Core;

/// <summary>A record a module shows to every user (the public pool); it counts only while that module is enabled.</summary>
public sealed class RecordShare
{
    public long Id { get; set; }
    public string RecordType { get; set; } = "";
    public long RecordId { get; set; }
    public string PluginId { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
