namespace PluginCrm.Host.Data;

/// <summary>The settings an admin saved for one plugin, as a JSON object of the changed fields.</summary>
public sealed class PluginSettingsRow
{
    public required string PluginId { get; set; }
    public string Json { get; set; } = "{}";
    public DateTime ChangedUtc { get; set; }
    public string ChangedBy { get; set; } = "";
}
