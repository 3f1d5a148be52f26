using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Data.Core;

public sealed class Deal : RecordEntity, IOwned
{
    public string Title { get; set; } = "";
    public long? CompanyId { get; set; }
    public long? CustomerId { get; set; }
    public long? ProductId { get; set; }
    public long? OwnerId { get; set; }
    public long? TeamId { get; set; }
    public DealStage Stage { get; set; }
    public decimal? Value { get; set; }
    public DateOnly? EngagedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ExternalId { get; set; }
}
