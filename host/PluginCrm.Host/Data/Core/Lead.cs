using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Data.Core;

public sealed class Lead : RecordEntity, IOwned
{
    public string Name { get; set; } = "";
    public string? CompanyName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Source { get; set; }
    public string? Region { get; set; }
    public string? Industry { get; set; }
    public string? Language { get; set; }
    public string? Product { get; set; }
    public decimal? EstimatedValue { get; set; }
    public long? OwnerId { get; set; }
    public long? TeamId { get; set; }
    public LeadStatus Status { get; set; }
    public long? CustomerId { get; set; }
}
