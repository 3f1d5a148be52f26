using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PluginCrm.Host.Data;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Records.Tables;

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

/// <summary>The <c>deals</c> table.</summary>
public sealed class DealConfiguration : RecordConfiguration<Deal>
{
    protected override string Table => "deals";

    protected override void ConfigureRecord(EntityTypeBuilder<Deal> e)
    {
        e.Property(d => d.Title).HasMaxLength(300);
        e.Property(d => d.ExternalId).HasMaxLength(64);
        e.HasIndex(d => d.ExternalId).IsUnique();
        e.HasIndex(d => d.OwnerId);
        e.HasIndex(d => d.Stage);
        e.HasIndex(d => new { d.CustomerId, d.CreatedUtc }); // a customer's timeline, newest first
    }
}
