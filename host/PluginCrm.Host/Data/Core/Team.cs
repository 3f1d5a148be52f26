namespace PluginCrm.Host.Data.Core;

public sealed class Team : RecordEntity
{
    public string Name { get; set; } = "";
    public string? Region { get; set; }
    public long? ManagerId { get; set; }
}
