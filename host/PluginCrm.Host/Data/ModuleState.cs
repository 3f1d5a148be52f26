namespace PluginCrm.Host.Data;

/// <summary>An admin's switch for one module. No row means the module is enabled.</summary>
public sealed class ModuleState
{
    public required string PluginId { get; set; }
    public bool Enabled { get; set; }
    public DateTime ChangedUtc { get; set; }
    public string ChangedBy { get; set; } = "";
}
